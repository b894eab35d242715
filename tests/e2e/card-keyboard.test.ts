/**
 * The card by keyboard in real Chromium: the card never takes focus by
 * itself, but says it came to assistive technology, and the keyboard
 * shortcut (a real key press the browser handles, on a virtual display:
 * see real-keyboard.ts) moves focus into it and back to where it was on the
 * page. Escape from anywhere inside it says "Not now", with Undo at hand.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { launchTend, type Tend } from './browser';
import { cardCount, scrollUntilCard } from './card';
import { readStore } from './database';
import { openFeed } from './feed';
import { addPerson, nudgeQuickly } from './protocol';
import { startVirtualDisplay, type VirtualDisplay } from './real-keyboard';

let screen: VirtualDisplay;
let tend: Tend;

beforeEach(async () => {
  screen = await startVirtualDisplay();
  tend = await launchTend({ display: screen.display });
});

afterEach(async () => {
  await tend.close();
  screen.close();
});

describe('the card by keyboard in Chromium', () => {
  it('is announced, reached and left with the shortcut, and goes with Escape from anywhere in it', async () => {
    await addPerson(tend, { name: 'Maya' });
    await addPerson(tend, { name: 'Sam' });
    await nudgeQuickly(tend);
    const { page } = await openFeed(tend, 'https://www.instagram.com/');
    await page.bringToFront();
    const card = await scrollUntilCard(page);
    const title = await card.locator('h1').textContent();
    // Announced politely, naming the shortcut; focus stays on the page.
    await expect
      .poll(() => card.locator('p.visually-hidden[role="status"]').textContent())
      .toBe(`Tend has a suggestion: ${title}. Press Alt+Shift+Y to go to it, and again to come back.`);
    expect(await page.evaluate(() => document.activeElement === document.body)).toBe(true);
    // Distinct names for the two ways to close it.
    expect(await card.getByRole('button', { name: 'Close Tend’s card' }).count()).toBe(1);
    expect(await card.getByRole('button', { name: 'Not now' }).count()).toBe(1);

    // Someone writing a comment on the page reaches the card, and comes back to their comment.
    await page.locator('#comment').focus();
    screen.press('alt+shift+y');
    await expect.poll(() => card.evaluate(() => document.activeElement?.id)).toBe('nudge-card');
    await page.keyboard.press('Tab');
    expect(await card.evaluate(() => document.activeElement?.tagName)).toBe('BUTTON');
    screen.press('alt+shift+y');
    await expect.poll(() => page.evaluate(() => document.activeElement?.id)).toBe('comment');

    // In again; Escape from the card itself (not a button) says "Not now".
    screen.press('alt+shift+y');
    await expect.poll(() => card.evaluate(() => document.activeElement?.id)).toBe('nudge-card');
    // No frames, as on a busy machine: where focus goes must not wait for one.
    await card.evaluate(() => {
      window.requestAnimationFrame = () => 0;
    });
    await page.keyboard.press('Escape');
    await expect.poll(() => card.locator('.nudge-ending').textContent()).toContain('Okay, not now.');
    expect(await card.evaluate(() => document.activeElement?.textContent)).toBe('Undo');
    // Undo from the keyboard opens it again; Escape twice leaves it for good.
    await page.keyboard.press('Enter');
    await expect.poll(() => card.locator('h1').textContent()).toBe(title);
    await page.keyboard.press('Escape');
    await expect.poll(() => card.locator('.nudge-ending').count()).toBe(1);
    await page.keyboard.press('Escape');
    await expect.poll(() => cardCount(page), { timeout: 10_000 }).toBe(0);
    await expect.poll(() => page.evaluate(() => document.activeElement?.id)).toBe('comment');
    const outcomes = (await readStore<{ outcome: string }>(await tend.inspector(), 'nudges')).map((n) => n.outcome);
    expect(outcomes).toEqual(['dismissed']);
  });
});
