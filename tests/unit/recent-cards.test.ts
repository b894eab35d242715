/**
 * The recent cards (`db/recent-cards.ts`): the engine reads the fortnight's
 * cards from one row, and its picks stay what the engine gives asked about
 * every nudge, through each kind of write. After every message the harness
 * also checks the row against the nudges' index (`background-harness.ts`).
 */
import { describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { pruneHistory } from '../../entrypoints/background/db/prune';
import { CARDS_KEPT_MS, saveNudge } from '../../entrypoints/background/db/recent-cards';
import type { RecentCards } from '../../entrypoints/background/db/schema';
import { pickIdea } from '../../entrypoints/background/nudge-lifecycle';
import { addDays, dayKey } from '../../utils/platform/day';
import { answered, withDatabase } from './background-harness';
import { checkedPick } from './engine-reference';
import { DAY, NOW, nudge } from './fixtures';

const ok = answered;
const tend = withDatabase();

const pickAt = (now = NOW) => checkedPick(tend.db(), now);

async function recentCards(): Promise<RecentCards | null> {
  const row = await tend.db().get('meta', 'recent-cards');
  return row?.id === 'recent-cards' ? row : null;
}

/** Four people without a rhythm, and a card about one of them on each of the last `days` days. */
async function circleWithCards(days: number) {
  const ids: string[] = [];
  for (const name of ['Maya', 'Sam', 'Noor', 'Ana']) {
    ids.push((await ok<{ id: string }>('people/save', { name, channels: [], cadenceDays: null, notes: '' })).id);
  }
  const moment = await ok<{ id: string }>('moments/save', {
    personId: ids[0],
    kind: 'challenge',
    text: 'job interview',
    sharedOn: addDays(dayKey(NOW), -3),
    followUpOn: addDays(dayKey(NOW), 2),
  });
  for (let day = 1; day <= days; day++) {
    const personId = ids[day % ids.length] ?? null;
    const about = personId === ids[0] ? moment.id : null;
    await saveNudge(
      tend.db(),
      nudge(`card${day}`, { at: NOW - day * DAY, personId, momentId: about, outcome: 'dismissed' }),
    );
  }
  return { ids, moment };
}

describe('the recent cards', () => {
  it('are read from one row once made, which holds every card of the last fifteen days', async () => {
    await circleWithCards(20);
    const first = await pickAt();
    const row = await recentCards();
    expect(row?.since).toBe(NOW - CARDS_KEPT_MS);
    expect(row?.cards.map((card) => card.id).sort()).toEqual(
      Array.from({ length: 15 }, (_, i) => `card${i + 1}`).sort(),
    );

    const getAll = vi.spyOn(IDBIndex.prototype, 'getAll');
    const { idea } = await pickIdea(tend.db(), { now: NOW, wakingHours: null });
    const indexesRead = getAll.mock.contexts.map((index) => {
      const { name, objectStore } = index as IDBIndex;
      return `${objectStore.name} ${name}`;
    });
    getAll.mockRestore();
    expect(idea).toEqual(first);
    expect(indexesRead).not.toContain('nudges by-at');
    expect(indexesRead).not.toContain('nudges by-person-at');
  });

  it('stay true as a person and a moment are deleted, and the picks with them', async () => {
    const { ids, moment } = await circleWithCards(10);
    await pickAt();
    await ok('moments/delete', { id: moment.id });
    expect((await recentCards())?.cards.some((card) => card.momentId === moment.id)).toBe(false);
    await pickAt();
    await ok('people/delete', { id: ids[1] });
    expect((await recentCards())?.cards.some((card) => card.personId === ids[1])).toBe(false);
    await pickAt();
  });

  it('move on when old history is deleted, and an ask further back reads the nudges again', async () => {
    await circleWithCards(20);
    await pickAt();
    await pruneHistory(tend.db(), 10, NOW);
    const row = await recentCards();
    expect(row?.since).toBe(NOW - 10 * DAY);
    expect(row?.cards.every((card) => card.at >= NOW - 10 * DAY)).toBe(true);
    expect(row?.cards).toHaveLength(10);
    // The engine looks two weeks back: past what the row holds, it reads the index, and keeps what it read.
    await pickAt();
    expect((await recentCards())?.since).toBe(NOW - CARDS_KEPT_MS);
    await pickAt(NOW - 20 * DAY);
  });

  it('are forgotten by an update of Tend and by an import, and made again by the next ask', async () => {
    await circleWithCards(5);
    await pickAt();
    await fakeBrowser.runtime.onInstalled.trigger({ reason: 'update', previousVersion: '0.9.0' });
    expect(await recentCards()).toBeNull();
    await pickAt();
    expect(await recentCards()).not.toBeNull();

    const backup = await ok<{ nudges: unknown[] }>('backup/export', {});
    await ok('backup/import', { text: JSON.stringify({ ...backup, nudges: [] }), mode: 'merge' });
    expect(await recentCards()).toBeNull();
    await pickAt();
    expect((await recentCards())?.cards).toHaveLength(5);
  });
});
