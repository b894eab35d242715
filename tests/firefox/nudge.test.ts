/**
 * The card in a real Firefox: it appears on a feed after the threshold of
 * passive scrolling, names the person, and "I did it" logs a connection.
 */
import type { Frame, Page } from 'puppeteer-core';
import { describe, expect, it } from 'vitest';
import { addDays, dayKey } from '../../utils/platform/day';
import { call, readStore } from './extension-data';
import { scrollFor } from './feed';
import { until } from './firefox';
import { firefoxPerTest } from './session';

const firefox = firefoxPerTest();

const CARD = 'iframe[title="Tend suggestion"]';

function cardCount(page: Page): Promise<number> {
  return page.evaluate((selector: string) => document.querySelectorAll(selector).length, CARD);
}

/** Scrolls the feed until Tend shows its card, and returns the card's frame once its title is painted. */
async function scrollUntilCard(page: Page, limitMs = 60_000): Promise<Frame> {
  const end = Date.now() + limitMs;
  while ((await cardCount(page)) === 0) {
    if (Date.now() > end) throw new Error(`no card after ${limitMs} ms of scrolling`);
    await scrollFor(page, 1_000);
  }
  const handle = await page.$(CARD);
  const frame = await handle?.contentFrame();
  if (!frame) throw new Error('the card has no frame');
  await until(
    () => frame.evaluate(() => document.querySelector('h1')?.textContent ?? ''),
    (title) => title !== '',
    { what: "the card's title" },
  );
  return frame;
}

/** Clicks a button inside the card by the page's coordinates: clicks on elements inside frames are unreliable over BiDi. */
async function clickInCard(page: Page, frame: Frame, name: string): Promise<void> {
  const inFrame = await frame.evaluate((text: string) => {
    const button = [...document.querySelectorAll('button')].find((b) => b.textContent?.trim() === text);
    if (!button) return null;
    button.scrollIntoView({ block: 'center' });
    const box = button.getBoundingClientRect();
    return { x: box.x + box.width / 2, y: box.y + box.height / 2 };
  }, name);
  if (!inFrame) throw new Error(`no button "${name}" on the card`);
  const frameBox = await page.evaluate((selector: string) => {
    const box = document.querySelector(selector)?.getBoundingClientRect();
    return box ? { x: box.x, y: box.y } : null;
  }, CARD);
  if (!frameBox) throw new Error('the card is gone');
  await page.mouse.click(frameBox.x + inFrame.x, frameBox.y + inFrame.y);
}

describe('the nudge in Firefox', () => {
  it('appears after the threshold, naming the person, and "I did it" logs a connection', async () => {
    const tend = firefox();
    const maya = await call<{ id: string }>(tend, 'people/save', {
      name: 'Maya',
      channels: [{ kind: 'email', value: 'maya@example.org' }],
      cadenceDays: 14,
      notes: '',
    });
    await call(tend, 'moments/save', {
      personId: maya.id,
      kind: 'challenge',
      text: 'job interview at the library',
      sharedOn: addDays(dayKey(Date.now()), -7),
      followUpOn: dayKey(Date.now()),
    });
    // Nudges after 10 s of passive scrolling, at any hour.
    await call(tend, 'settings/update', { thresholdSeconds: 10, cooldownMinutes: 0, dailyCap: 50, wakingHours: null });

    const page = await tend.openWebPage('https://www.instagram.com/');
    const card = await scrollUntilCard(page);
    expect(await card.evaluate(() => document.querySelector('h1')?.textContent)).toBe('Ask Maya how it went');

    await clickInCard(page, card, 'I did it');
    await until(
      () => cardCount(page),
      (count) => count === 0,
      { what: 'the card gone after "I did it"' },
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
});
