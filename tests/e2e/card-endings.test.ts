/**
 * Every ending of the card, as a person sees it in real Chromium: each
 * button says what it did, Undo puts everything back and opens the card
 * again, and what still holds Tend back (a snooze, a site paused for today)
 * shows in the popup, which lifts it.
 */
import type { Frame, Page } from 'playwright-core';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { addDays, dayKey } from '../../utils/platform/day';
import { launchTend, type Tend } from './browser';
import { cardCount, scrollUntilCard } from './card';
import { readStore } from './database';
import { openFeed } from './feed';
import { addPerson, call, nudgeQuickly } from './protocol';

let tend: Tend;

beforeEach(async () => {
  tend = await launchTend();
});

afterEach(async () => {
  await tend.close();
});

function ending(card: Frame): Promise<string | null> {
  return card.locator('.nudge-ending').textContent({ timeout: 10_000 });
}

/** Presses Undo and waits for the card to be open again on the same idea. */
async function undo(card: Frame, title: string | null): Promise<void> {
  await card.getByRole('button', { name: 'Undo' }).click();
  await expect.poll(() => card.locator('h1').textContent()).toBe(title);
}

async function cardGone(page: Page): Promise<void> {
  await expect.poll(() => cardCount(page), { timeout: 20_000 }).toBe(0);
}

describe('the card’s endings in Chromium', () => {
  it('says what "I did it", "Not now" and "Pause here today" did, and Undo puts each back', async () => {
    const maya = await addPerson(tend, { name: 'Maya', cadenceDays: 7 });
    await nudgeQuickly(tend);
    const { page } = await openFeed(tend, 'https://www.instagram.com/');
    const card = await scrollUntilCard(page);
    const title = await card.locator('h1').textContent();
    const inspector = await tend.inspector();

    await card.getByRole('button', { name: 'I did it' }).click();
    await expect.poll(() => ending(card)).toBe('Logged. That is what Tend is for.');
    expect(await readStore(inspector, 'interactions')).toHaveLength(1);
    await undo(card, title);
    expect(await readStore(inspector, 'interactions')).toEqual([]);
    const people = await readStore<{ id: string; lastContactAt: number | null }>(inspector, 'people');
    expect(people.find((person) => person.id === maya.id)?.lastContactAt).toBeNull();

    await card.getByRole('button', { name: 'Not now' }).click();
    await expect.poll(() => ending(card)).toContain('Okay, not now.');
    await undo(card, title);
    expect((await readStore<{ outcome: string }>(inspector, 'nudges'))[0]?.outcome).toBe('shown');

    await card.getByRole('button', { name: 'Pause here today' }).click();
    await expect.poll(() => ending(card)).toBe('No more nudges on Instagram today. Tend’s popup can lift this.');
    expect((await call<{ pausedSites: object }>(tend, 'settings/get', {})).pausedSites).toEqual({
      instagram: expect.any(String),
    });
    await undo(card, title);
    expect((await call<{ pausedSites: object }>(tend, 'settings/get', {})).pausedSites).toEqual({});

    // Left alone, the last word goes by itself, and the choice stands.
    await card.getByRole('button', { name: 'Not now' }).click();
    await cardGone(page);
    expect((await readStore<{ outcome: string }>(inspector, 'nudges'))[0]?.outcome).toBe('dismissed');
  });

  it('shows a snooze in the popup until it is ended there, and then nudges again', async () => {
    await addPerson(tend, { name: 'Maya' });
    await addPerson(tend, { name: 'Sam' });
    await nudgeQuickly(tend);
    const { page } = await openFeed(tend, 'https://www.instagram.com/');
    const card = await scrollUntilCard(page);
    await card.getByRole('button', { name: 'Snooze' }).click();
    await card.getByRole('button', { name: '15 minutes' }).click();
    await expect.poll(() => ending(card)).toBe('Snoozed: no nudges anywhere for 15 minutes.');
    await cardGone(page);

    const popup = await tend.openPage('popup.html');
    const status = popup.locator('.pause-status');
    await expect.poll(() => status.textContent()).toMatch(/^Snoozed until .+: no nudges anywhere until then\.$/);
    await popup.getByRole('button', { name: 'End the snooze' }).click();
    await expect.poll(() => status.textContent()).toBe('Nudges are on.');
    await popup.close();
    // Positive control: with the snooze ended, scrolling brings the next card.
    await page.bringToFront();
    await scrollUntilCard(page);
  });

  it('shows a site paused for today in the popup, which resumes it there', async () => {
    await addPerson(tend, { name: 'Maya' });
    await addPerson(tend, { name: 'Sam' });
    await nudgeQuickly(tend);
    const { page } = await openFeed(tend, 'https://www.instagram.com/');
    const card = await scrollUntilCard(page);
    await card.getByRole('button', { name: 'Pause here today' }).click();
    await cardGone(page);

    const popup = await tend.openPage('popup.html');
    await expect.poll(() => popup.locator('.pause-status').textContent()).toBe('No nudges on Instagram today.');
    await popup.getByRole('button', { name: 'Resume on Instagram' }).click();
    await expect.poll(() => popup.locator('.pause-status').textContent()).toBe('Nudges are on.');
    await popup.close();
    await page.bringToFront();
    await scrollUntilCard(page);
  });

  it('says where a message went: a web messenger in a tab, an email in the email app', async () => {
    const maya = await addPerson(tend, {
      name: 'Maya',
      channels: [
        { kind: 'whatsapp', value: '+49 151 23456789' },
        { kind: 'email', value: 'maya@example.org' },
      ],
    });
    // Something to follow up today: a message, which both ways can carry.
    await call(tend, 'moments/save', {
      personId: maya.id,
      kind: 'challenge',
      text: 'her job interview',
      sharedOn: addDays(dayKey(Date.now()), -7),
      followUpOn: dayKey(Date.now()),
    });
    await nudgeQuickly(tend);
    await tend.context.route('https://wa.me/**', (route) => route.fulfill({ contentType: 'text/html', body: 'wa' }));
    const { page } = await openFeed(tend, 'https://www.instagram.com/');
    const card = await scrollUntilCard(page);
    const status = card.locator('.nudge-status');
    await card.getByRole('button', { name: 'Email Maya' }).click();
    await expect.poll(() => status.textContent()).toContain('Your email app should have opened with the message.');
    // Headless Chromium has no email app: it opened the address in a tab of its own. Back to the feed.
    await page.bringToFront();
    await card.getByRole('button', { name: 'WhatsApp Maya' }).click();
    await expect.poll(() => status.textContent()).toContain('Opened in a new tab.');
  });
});
