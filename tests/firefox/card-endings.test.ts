/**
 * Every ending of the card in a real Firefox: each button says what it did,
 * Undo puts it back and opens the card again, a snooze shows in the popup
 * until it is ended there, and the popup asks later whether a step the card
 * opened happened.
 */
import type { Frame } from 'puppeteer-core';
import { describe, expect, it } from 'vitest';
import { backupOf, recordBuilders } from '../seed';
import { cardCount, cardTitle, clickInCard, scrollUntilCard } from './card';
import { clickButton, texts, untilText } from './dom';
import { call, readStore } from './extension-data';
import { until } from './firefox';
import { addMayaWithInterview, nudgeQuickly } from './seed';
import { firefoxPerTest } from './session';

const firefox = firefoxPerTest();

function ending(card: Frame): Promise<string> {
  return card.evaluate(() => document.querySelector('.nudge-ending')?.textContent ?? '');
}

async function untilEnding(card: Frame, words: string): Promise<void> {
  await until(
    () => ending(card),
    (said) => said.includes(words),
    { what: `the card saying "${words}"` },
  );
}

describe('the card’s endings in Firefox', () => {
  it('says what each button did, Undo puts it back, and a snooze shows in the popup until ended there', async () => {
    const tend = firefox();
    await addMayaWithInterview(tend);
    await call(tend, 'people/save', { name: 'Sam', channels: [], cadenceDays: null, notes: '' });
    await nudgeQuickly(tend);
    const page = await tend.openWebPage('https://www.instagram.com/');
    const card = await scrollUntilCard(page);
    const title = await cardTitle(card);

    await clickInCard(page, card, 'I did it');
    await untilEnding(card, 'Logged. That is what Tend is for.');
    expect(await readStore(tend, 'interactions')).toHaveLength(1);
    await clickInCard(page, card, 'Undo');
    await until(
      () => cardTitle(card),
      (shown) => shown === title,
      { what: 'the card open again after Undo' },
    );
    expect(await readStore(tend, 'interactions')).toEqual([]);
    const [moment] = await readStore<{ resolved: boolean }>(tend, 'moments');
    expect(moment?.resolved).toBe(false);

    await clickInCard(page, card, 'Not now');
    await untilEnding(card, 'Okay, not now.');
    await clickInCard(page, card, 'Undo');
    await until(
      () => cardTitle(card),
      (shown) => shown === title,
      { what: 'the card open again after Undo' },
    );
    expect((await readStore<{ outcome: string }>(tend, 'nudges'))[0]?.outcome).toBe('shown');

    await clickInCard(page, card, 'Snooze');
    await clickInCard(page, card, '15 minutes');
    await untilEnding(card, 'Snoozed: no nudges anywhere for 15 minutes.');
    await until(
      () => cardCount(page),
      (count) => count === 0,
      { timeoutMs: 15_000, what: 'the card gone after its last word' },
    );

    const popup = await tend.openPage('popup.html');
    await untilText(popup, '.pause-status', 'Snoozed until');
    await clickButton(popup, 'End the snooze');
    await untilText(popup, '.pause-status', 'Nudges are on.');
    const nudges = await readStore<{ outcome: string; snoozedUntil: number | null }>(tend, 'nudges');
    expect(nudges[0]?.outcome).toBe('snoozed');
    expect(nudges[0]?.snoozedUntil).toBeLessThanOrEqual(Date.now());
  });

  it('asks in the popup whether a message a card opened was sent, and asks once', async () => {
    const tend = firefox();
    const now = Date.now();
    const { person, nudge } = recordBuilders(now);
    const opened = crypto.randomUUID();
    const backup = backupOf({
      exportedAt: now,
      settings: await call(tend, 'settings/get', {}),
      people: [person('maya', { name: 'Maya' })],
      nudges: [nudge(opened, { at: now - 60 * 60_000, personId: 'maya', actionId: 'check-in' })],
    });
    await call(tend, 'backup/import', { text: JSON.stringify(backup), mode: 'replace' });
    const popup = await tend.openPage('popup.html');
    await untilText(popup, '.popup-asked-later li', 'Did you reach Maya?');
    await clickButton(popup, 'Yes, I did', '.popup-asked-later');
    await untilText(popup, '.popup-asked-later [role="status"]', "Maya's last contact is today");
    expect(await texts(popup, '.popup-asked-later li')).toEqual([]);
    expect(await readStore(tend, 'interactions')).toEqual([expect.objectContaining({ nudgeId: opened })]);
  });
});
