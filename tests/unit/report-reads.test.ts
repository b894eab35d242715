/**
 * What a report makes the background read: the counting stores, in the one
 * transaction that counts, and nothing else while the policy already says
 * no; today's totals are not read again for the badge; a "no" that holds
 * (a cap, a snooze, a card up) is remembered until it lifts or a nudge or
 * the settings change, and the next card still comes as soon as it may.
 */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { startOfNextDay } from '../../utils/platform/day';
import { clock, send, startBackground } from './background-harness';
import { NOW } from './fixtures';
import { contentSender, pageSender } from './senders';

const READS = ['get', 'getAll', 'getAllKeys', 'getKey', 'count', 'openCursor', 'openKeyCursor'] as const;

/** Every read request the background makes, by store, from now on. */
function countReads(): Map<string, number> {
  const reads = new Map<string, number>();
  for (const prototype of [IDBObjectStore.prototype, IDBIndex.prototype]) {
    for (const method of READS) {
      const original = prototype[method] as (...args: unknown[]) => IDBRequest;
      vi.spyOn(prototype, method).mockImplementation(function (this: IDBObjectStore | IDBIndex, ...args: unknown[]) {
        const store = 'objectStore' in this ? this.objectStore.name : this.name;
        reads.set(store, (reads.get(store) ?? 0) + 1);
        return original.apply(this, args);
      } as never);
    }
  }
  return reads;
}

let wall = NOW;
let pageClock = 100_000;

async function ok<T>(type: string, data: unknown, sender = pageSender()): Promise<T> {
  const reply = await send({ type, data }, sender);
  if (!reply.ok) throw new Error(`${type}: ${reply.error.message}`);
  return reply.value as T;
}

/** The content script in tab 7 reports `ms` of passive scrolling that just happened. */
async function scrolled(ms: number, showing: string | null = null) {
  wall += ms;
  pageClock += ms;
  clock.set(wall);
  const data = { sentAt: pageClock, sentAtWall: wall, spans: [[pageClock - ms, pageClock]], showing, inSight: true };
  return ok<{ countedMs: number; nudge: { id: string } | null }>('activity/report', data, contentSender());
}

/** Reads made by `work`, by store. */
async function readsOf(work: () => Promise<unknown>): Promise<Record<string, number>> {
  const reads = countReads();
  await work();
  vi.restoreAllMocks();
  return Object.fromEntries(reads);
}

const COUNTING = { ledger: 1, sittings: 1, days: 1 };

beforeEach(async () => {
  wall = NOW;
  await startBackground(wall);
  vi.spyOn(fakeBrowser.tabs, 'sendMessage').mockResolvedValue(undefined);
  await ok('settings/update', { thresholdSeconds: 60, cooldownMinutes: 20, dailyCap: 1, wakingHours: null });
  // Two people due, so that after a card about one, the other is there for the next.
  await ok('people/save', { name: 'Maya', channels: [], cadenceDays: 7, notes: '' });
  await ok('people/save', { name: 'Sam', channels: [], cadenceDays: 7, notes: '' });
});

afterEach(() => {
  vi.restoreAllMocks();
});

describe('a report', () => {
  it('below the threshold reads the counting stores alone, once the background knows no card is up', async () => {
    await scrolled(5_000);
    expect(await readsOf(() => scrolled(5_000))).toEqual(COUNTING);
  });

  it('counts today into the badge without reading today again', async () => {
    await ok('settings/update', { thresholdSeconds: 600 });
    await scrolled(5_000);
    const set = vi.spyOn(fakeBrowser.action, 'setBadgeText');
    const reads = await readsOf(() => scrolled(60_000));
    expect(reads.days).toBe(1);
    expect(set).toHaveBeenLastCalledWith({ text: '1' });
  });

  it('past the daily cap reads no nudges until the next day, or until the cap is raised', async () => {
    let card: { id: string } | null = null;
    while (!card) card = (await scrolled(30_000)).nudge;
    await ok('nudge/dismiss', { nudgeId: card.id }, pageSender('nudge.html', 7));
    // Past the cooldown, in a new sitting past its threshold: the cap is what holds now, read from the nudges.
    wall += 25 * 60_000;
    await scrolled(30_000);
    expect((await readsOf(() => scrolled(30_000))).nudges).toBeGreaterThan(0);
    for (let i = 0; i < 5; i++) expect(await readsOf(() => scrolled(5_000))).toEqual(COUNTING);
    // The settings changed: the background looks again, and the card comes.
    await ok('settings/update', { dailyCap: 2 });
    expect((await scrolled(5_000)).nudge).not.toBeNull();
  });

  it('past the daily cap looks again the next day, and the card comes', async () => {
    let card: { id: string } | null = null;
    while (!card) card = (await scrolled(30_000)).nudge;
    await ok('nudge/dismiss', { nudgeId: card.id }, pageSender('nudge.html', 7));
    wall += 25 * 60_000;
    await scrolled(30_000);
    await scrolled(30_000);
    expect(await readsOf(() => scrolled(5_000))).toEqual(COUNTING);
    wall = startOfNextDay(wall) + 8 * 3_600_000;
    let next: { id: string } | null = null;
    for (let i = 0; i < 10 && !next; i++) next = (await scrolled(30_000)).nudge;
    expect(next).not.toBeNull();
  });

  it('while a card is up reads no nudges, and once it is answered and the cooldown over, the next one comes', async () => {
    await ok('settings/update', { dailyCap: 3, cooldownMinutes: 1 });
    let card: { id: string } | null = null;
    while (!card) card = (await scrolled(30_000)).nudge;
    await scrolled(5_000, card.id);
    expect(await readsOf(() => scrolled(5_000, card?.id))).toEqual(COUNTING);
    await ok('nudge/dismiss', { nudgeId: card.id }, pageSender('nudge.html', 7));
    let next: { id: string } | null = null;
    for (let i = 0; i < 10 && !next; i++) next = (await scrolled(30_000)).nudge;
    expect(next).not.toBeNull();
  });
});
