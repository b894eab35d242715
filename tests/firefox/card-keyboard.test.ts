/**
 * The card by keyboard in a real Firefox: announced without taking focus,
 * reached and left with the keyboard shortcut (real key presses the browser
 * handles, on a virtual display: see tests/e2e/real-keyboard.ts), and gone
 * with Escape from anywhere inside it, with Undo at hand.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { startVirtualDisplay, type VirtualDisplay } from '../e2e/real-keyboard';
import { cardCount, cardTitle, scrollUntilCard } from './card';
import { call, readStore } from './extension-data';
import { until } from './firefox';
import { nudgeQuickly } from './seed';
import { firefoxPerTest } from './session';

let screen: VirtualDisplay;
beforeEach(async () => {
  screen = await startVirtualDisplay();
});
afterEach(() => {
  screen.close();
});
const firefox = firefoxPerTest({ display: () => screen.display });

describe('the card by keyboard in Firefox', () => {
  it('is announced, reached and left with the shortcut, and goes with Escape from anywhere in it', async () => {
    const tend = firefox();
    for (const name of ['Maya', 'Sam']) {
      await call(tend, 'people/save', { name, channels: [], cadenceDays: null, notes: '' });
    }
    await nudgeQuickly(tend);
    const page = await tend.openWebPage('https://www.instagram.com/');
    const card = await scrollUntilCard(page);
    const title = await cardTitle(card);
    const announced = await until(
      () => card.evaluate(() => document.querySelector('p.visually-hidden[role="status"]')?.textContent ?? ''),
      (said) => said.includes('Press'),
      { what: 'the card announced, with its shortcut' },
    );
    expect(announced).toBe(`Tend has a suggestion: ${title}. Press Alt+Shift+Y to go to it, and again to come back.`);
    const inCard = () => card.evaluate(() => (document.hasFocus() ? (document.activeElement?.id ?? '') : ''));
    const onPage = () => page.evaluate(() => document.activeElement?.id ?? '');

    // Writing a comment on the page, the person reaches the card, and comes back to their comment.
    await page.evaluate(() => document.getElementById('comment')?.focus());
    screen.press('alt+shift+y', 'firefox');
    await until(inCard, (id) => id === 'nudge-card', { what: 'focus on the card' });
    screen.press('alt+shift+y', 'firefox');
    await until(onPage, (id) => id === 'comment', { what: 'focus back on the comment' });

    // In again; Escape from the card itself says "Not now", then Undo by Enter opens it again.
    screen.press('alt+shift+y', 'firefox');
    await until(inCard, (id) => id === 'nudge-card', { what: 'focus on the card' });
    await page.keyboard.press('Escape');
    await until(
      () => card.evaluate(() => document.querySelector('.nudge-ending')?.textContent ?? ''),
      (said) => said.includes('Okay, not now.'),
      { what: 'the card saying "Not now"' },
    );
    expect(await card.evaluate(() => document.activeElement?.textContent)).toBe('Undo');
    await page.keyboard.press('Enter');
    await until(
      () => cardTitle(card),
      (shown) => shown === title,
      { what: 'the card open again' },
    );
    await page.keyboard.press('Escape');
    await until(
      () => card.evaluate(() => document.querySelector('.nudge-ending') !== null),
      (ended) => ended,
      { what: 'the card ended again' },
    );
    await page.keyboard.press('Escape');
    await until(
      () => cardCount(page),
      (count) => count === 0,
      { what: 'the card gone' },
    );
    const outcomes = (await readStore<{ outcome: string }>(tend, 'nudges')).map((nudge) => nudge.outcome);
    expect(outcomes).toEqual(['dismissed']);
  });
});
