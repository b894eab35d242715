/**
 * The card in a real Firefox: it appears on a feed after the threshold of
 * passive scrolling, names the person, and "I did it" logs a connection.
 */
import { describe, expect, it } from 'vitest';
import { addDays, dayKey } from '../../utils/platform/day';
import { cardCount, cardTitle, clickInCard, scrollUntilCard } from './card';
import { call, readStore } from './extension-data';
import { until } from './firefox';
import { firefoxPerTest } from './session';

const firefox = firefoxPerTest();

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
    expect(await cardTitle(card)).toBe('Ask Maya how it went');

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
