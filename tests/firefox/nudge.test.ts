/**
 * The card in a real Firefox: it appears on a feed after the threshold of
 * passive scrolling, names the person, and each of its buttons does what it
 * says; the page sees nothing of it but an empty element.
 */
import { describe, expect, it } from 'vitest';
import { cardCount, cardTitle, clickInCard, scrollUntilCard } from './card';
import { call, readStore } from './extension-data';
import { EXTENSION_UUID, until } from './firefox';
import { addMayaWithInterview, nudgeQuickly } from './seed';
import { firefoxPerTest } from './session';

const firefox = firefoxPerTest();

describe('the nudge in Firefox', () => {
  it('appears after the threshold, naming the person, and "I did it" logs a connection', async () => {
    const tend = firefox();
    const maya = await addMayaWithInterview(tend);
    await nudgeQuickly(tend);

    const page = await tend.openWebPage('https://www.instagram.com/');
    const card = await scrollUntilCard(page);
    expect(await cardTitle(card)).toBe('Ask Maya how it went');

    await clickInCard(page, card, 'I did it');
    await until(
      () => cardCount(page),
      (count) => count === 0,
      { timeoutMs: 15_000, what: 'the card gone after "I did it"' },
    );
    const interactions = await until(
      () => readStore<{ personId: string; how: string }>(tend, 'interactions'),
      (all) => all.length > 0,
      { what: 'the connection logged' },
    );
    expect(interactions).toEqual([expect.objectContaining({ personId: maya.id })]);
    const people = await readStore<{ id: string; lastContactAt: number }>(tend, 'people');
    expect(people[0]?.lastContactAt).toBeGreaterThan(Date.now() - 60_000);
  });

  it('offers another idea, goes with "Not now" and snoozes, and never shows the page its address', async () => {
    const tend = firefox();
    for (const name of ['Maya', 'Sam', 'Lena']) {
      await call(tend, 'people/save', { name, channels: [], cadenceDays: 7, notes: '' });
    }
    await nudgeQuickly(tend);
    const page = await tend.openWebPage('https://www.instagram.com/');

    let card = await scrollUntilCard(page);
    // What the page can see of the card: an empty host, no shadow root, no frame, no address.
    const seen = await page.evaluate(() => {
      const host = [...document.body.children].find(
        (element) => element instanceof HTMLElement && element.style.zIndex === '2147483647',
      );
      return {
        host: host?.outerHTML ?? null,
        shadowRoot: host?.shadowRoot ?? null,
        frames: window.frames.length,
        page: document.documentElement.outerHTML,
        timeline: performance.getEntries().map((entry) => entry.name),
      };
    });
    expect(seen.host).toMatch(/^<div [^>]*><\/div>$/);
    expect(seen.shadowRoot).toBeNull();
    expect(seen.frames).toBe(0);
    for (const address of [EXTENSION_UUID, 'moz-extension', 'nudge.html']) {
      expect(seen.page).not.toContain(address);
      expect(seen.timeline.join(' ')).not.toContain(address);
    }

    const first = await cardTitle(card);
    await clickInCard(page, card, 'Another idea');
    await until(
      () => cardTitle(card),
      (title) => title !== '' && title !== first,
      { what: 'another idea on the card' },
    );
    await clickInCard(page, card, 'Not now');
    await until(
      () => cardCount(page),
      (count) => count === 0,
      { timeoutMs: 15_000, what: 'the card gone after "Not now"' },
    );

    card = await scrollUntilCard(page);
    await clickInCard(page, card, 'Snooze');
    await clickInCard(page, card, '15 minutes');
    await until(
      () => cardCount(page),
      (count) => count === 0,
      { timeoutMs: 15_000, what: 'the card gone after snoozing' },
    );
    const outcomes = (await readStore<{ outcome: string; at: number }>(tend, 'nudges'))
      .sort((a, b) => a.at - b.at)
      .map((nudge) => nudge.outcome);
    expect(outcomes).toEqual(['dismissed', 'snoozed']);
  });
});
