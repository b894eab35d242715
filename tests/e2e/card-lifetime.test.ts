/**
 * The card across the life of the content script in Chromium: an update with
 * a card showing, and the script given to a tab a second time. One card, one
 * instance, and buttons that always work.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { launchTend, type Tend } from './browser';
import { cardCount, cardFrames, scrollUntilCard } from './card';
import { readStore } from './database';
import { openFeed } from './feed';
import { addPerson, nudgeQuickly } from './protocol';
import { scrollFor } from './scroll';

let tend: Tend;

beforeEach(async () => {
  tend = await launchTend();
  await addPerson(tend, { name: 'Maya', cadenceDays: 7 });
  await addPerson(tend, { name: 'Sam', cadenceDays: 14 });
  await nudgeQuickly(tend);
});

afterEach(async () => {
  await tend.close();
});

describe('the card across the life of the content script', () => {
  it('goes with the old version on an update, and the new version brings one that works', async () => {
    const { page } = await openFeed(tend, 'https://www.instagram.com/');
    const old = await scrollUntilCard(page);
    const oldAddress = old.url();
    await tend.update();
    await expect
      .poll(() => cardFrames(page).some((frame) => frame.url() === oldAddress), { timeout: 15_000 })
      .toBe(false);
    const card = await scrollUntilCard(page);
    await scrollFor(page, 6_000);
    expect(cardCount(page)).toBe(1);
    await card.getByRole('button', { name: 'I did it' }).click();
    await expect.poll(async () => (await readStore(await tend.inspector(), 'interactions')).length).toBe(1);
  });

  it('keeps the running script and its card when the tab is given the script again', async () => {
    const { page } = await openFeed(tend, 'https://www.instagram.com/');
    const card = await scrollUntilCard(page);
    const address = card.url();
    const worker = await tend.worker();
    for (let i = 0; i < 2; i++) {
      await worker.evaluate(async () => {
        const [tab] = await chrome.tabs.query({ url: 'https://www.instagram.com/*' });
        if (tab?.id === undefined) throw new Error('no feed tab');
        await chrome.scripting.executeScript({ target: { tabId: tab.id }, files: ['feed.js'] });
      });
    }
    // A report later, the same card is still up, alone, and still answers.
    await scrollFor(page, 6_000);
    expect(cardFrames(page).map((frame) => frame.url())).toEqual([address]);
    await card.getByRole('button', { name: 'I did it' }).click();
    await expect.poll(async () => (await readStore(await tend.inspector(), 'interactions')).length).toBe(1);
  });
});
