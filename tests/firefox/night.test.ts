/**
 * Late at night in Firefox: the card offers to plan the step for the morning,
 * with the message written now; in the morning the popup and the first card
 * give it back first.
 */
import { describe, expect, it } from 'vitest';
import { wakingHoursFromNow } from '../e2e/protocol';
import { cardBox, cardCount, cardTitle, clickInCard, scrollUntilCard } from './card';
import { untilText } from './dom';
import { call, readStore } from './extension-data';
import { until } from './firefox';
import { addMayaWithInterview } from './seed';
import { firefoxPerTest } from './session';

const firefox = firefoxPerTest();

describe('late at night in Firefox', () => {
  it('keeps the message written at night and gives it back first in the morning', async () => {
    const tend = firefox();
    await addMayaWithInterview(tend);
    await call(tend, 'settings/update', {
      thresholdSeconds: 10,
      cooldownMinutes: 0,
      dailyCap: 50,
      wakingHours: wakingHoursFromNow(2, 14),
    });
    const page = await tend.openWebPage('https://www.instagram.com/');
    const card = await scrollUntilCard(page);
    expect(await cardTitle(card)).toBe("It's late. This can wait until morning.");

    await clickInCard(page, card, 'Write it now');
    // Into the message field by the page's coordinates, as clicks into frames are over BiDi; then type.
    const field = await until(
      () =>
        card.evaluate(() => {
          const box = document.querySelector('textarea')?.getBoundingClientRect();
          return box ? { x: box.x + 10, y: box.y + 10 } : null;
        }),
      (at) => at !== null,
      { what: 'the message field on the card' },
    );
    const frame = await cardBox(page);
    if (!field || !frame) throw new Error('the card is gone');
    await page.mouse.click(frame.x + field.x, frame.y + field.y);
    await page.keyboard.down('Control');
    await page.keyboard.press('a');
    await page.keyboard.up('Control');
    const message = 'Maya! How did the interview go?';
    await page.keyboard.type(message);
    await clickInCard(page, card, 'Save it for the morning');
    await until(
      () => cardCount(page),
      (count) => count === 0,
      { timeoutMs: 15_000, what: 'the card gone after saving the message' },
    );
    const nudges = await readStore<{ outcome: string; draftBody?: string }>(tend, 'nudges');
    expect(nudges).toEqual([expect.objectContaining({ outcome: 'planned', draftBody: message })]);

    // Morning: waking hours now hold the present.
    await call(tend, 'settings/update', { wakingHours: wakingHoursFromNow(-1, 14) });
    const popup = await tend.openPage('popup.html');
    await untilText(popup, '.popup-suggestion h2 + p', 'You planned this last night');
    await popup.close();
    await page.bringToFront();
    const morning = await scrollUntilCard(page);
    expect(await cardTitle(morning)).toBe('Ask Maya how it went');
    expect(await morning.evaluate(() => document.querySelector('textarea')?.value)).toBe(message);
  });
});
