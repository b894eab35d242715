import { IDBFactory } from 'fake-indexeddb';
import { beforeEach, describe, expect, it } from 'vitest';
import { historyPage, SCAN_LIMIT } from '../../entrypoints/background/db/history-page';
import { openTendDB } from '../../entrypoints/background/db/open';
import { pruneHistory } from '../../entrypoints/background/db/prune';
import type { NudgeOutcome, NudgeRecord } from '../../utils/records/types';
import { DAY, dayTotal, interaction, NOW, nudge, person } from './fixtures';

const OUTCOMES: NudgeOutcome[] = ['acted', 'done', 'snoozed', 'dismissed', 'ignored'];
const SITES = ['instagram', 'reddit', 'x'];

/** 600 nudges, two an hour, sites, people and outcomes in rotation; many pairs share a timestamp. */
function history(): NudgeRecord[] {
  return Array.from({ length: 600 }, (_, i) =>
    nudge(`n${String(i).padStart(4, '0')}`, {
      at: NOW - Math.floor(i / 2) * 3_600_000 - (i % 4 === 3 ? 1_000 : 0),
      site: SITES[i % 3] ?? 'x',
      personId: i % 4 === 0 ? null : `p${i % 5}`,
      outcome: OUTCOMES[i % 5] ?? 'done',
    }),
  );
}

async function seeded(records: NudgeRecord[]) {
  const db = await openTendDB();
  const tx = db.transaction('nudges', 'readwrite');
  for (const record of records) await tx.store.put(record);
  await tx.done;
  return db;
}

/** What filtering everything in memory would give, newest first, ties by id descending. */
function expected(records: NudgeRecord[], keep: (n: NudgeRecord) => boolean): string[] {
  return records
    .filter(keep)
    .sort((a, b) => b.at - a.at || (a.id < b.id ? 1 : -1))
    .map((n) => n.id);
}

async function allPages(db: Awaited<ReturnType<typeof seeded>>, filter: Parameters<typeof historyPage>[1], limit = 37) {
  const ids: string[] = [];
  let cursor = null;
  for (let pages = 0; pages < 1_000; pages++) {
    const page = await historyPage(db, filter, cursor, limit);
    expect(page.rows.length).toBeLessThanOrEqual(limit);
    ids.push(...page.rows.map((n) => n.id));
    if (!page.next) return ids;
    cursor = page.next;
  }
  throw new Error('paging did not end');
}

beforeEach(() => {
  globalThis.indexedDB = new IDBFactory();
});

describe('history', () => {
  it('pages through everything, newest first, each nudge once', async () => {
    const records = history();
    const db = await seeded(records);
    expect(await allPages(db, {})).toEqual(expected(records, () => true));
    db.close();
  });

  it.each([
    ['site', { site: 'reddit' }, (n: NudgeRecord) => n.site === 'reddit'],
    ['person', { personId: 'p3' }, (n: NudgeRecord) => n.personId === 'p3'],
    ['outcome', { outcome: 'ignored' as const }, (n: NudgeRecord) => n.outcome === 'ignored'],
    [
      'site, outcome and dates together',
      { site: 'x', outcome: 'done' as const, from: NOW - 100 * 3_600_000, to: NOW - 20 * 3_600_000 },
      (n: NudgeRecord) =>
        n.site === 'x' && n.outcome === 'done' && n.at >= NOW - 100 * 3_600_000 && n.at <= NOW - 20 * 3_600_000,
    ],
  ])('filters by %s and returns exactly the matching rows', async (_label, filter, keep) => {
    const records = history();
    const db = await seeded(records);
    expect(await allPages(db, filter)).toEqual(expected(records, keep));
    db.close();
  });

  it('pages through more nudges at one instant than a page holds, each once', async () => {
    const records = [
      ...Array.from({ length: 130 }, (_, i) => nudge(`same-${String(i).padStart(3, '0')}`, { at: NOW })),
      ...history(),
    ];
    const db = await seeded(records);
    expect(await allPages(db, {}, 20)).toEqual(expected(records, () => true));
    expect(await allPages(db, { site: 'instagram' }, 20)).toEqual(expected(records, (n) => n.site === 'instagram'));
    db.close();
  });

  it('stops after reading a bounded number of entries, and resumes from there', async () => {
    const records = history();
    const db = await seeded(records);
    const nobody = { personId: 'p9' };
    const first = await historyPage(db, { outcome: 'done' }, null, 50, 40);
    expect(first.rows.length).toBeLessThan(50);
    expect(first.next).not.toBeNull();
    // Walking on with the same bound still finds every match, and none for a filter matching nothing.
    const ids: string[] = [...first.rows.map((n) => n.id)];
    let cursor = first.next;
    while (cursor) {
      const page = await historyPage(db, { outcome: 'done' }, cursor, 50, 40);
      ids.push(...page.rows.map((n) => n.id));
      cursor = page.next;
    }
    expect(ids).toEqual(expected(records, (n) => n.outcome === 'done'));
    expect((await historyPage(db, nobody, null, 50, SCAN_LIMIT)).rows).toEqual([]);
    db.close();
  });
});

describe('pruning', () => {
  it('deletes history older than kept, keeps people, and leaves no connection pointing nowhere', async () => {
    const db = await openTendDB();
    await db.put('people', person('p1', { name: 'Maya', lastContactAt: NOW - 40 * DAY, createdAt: 0, updatedAt: 0 }));
    const cutoff = NOW - 30 * DAY;
    await db.put('nudges', nudge('old', { at: cutoff - 60_000 }));
    await db.put('nudges', nudge('new', { at: cutoff + 60_000 }));
    // Done 2 minutes after its nudge, which is itself just past the cutoff.
    await db.put('interactions', interaction('i1', 'p1', { at: cutoff + 60_000, how: 'message', nudgeId: 'old' }));
    await db.put('interactions', interaction('i0', 'p1', { at: cutoff - 86_400_000, how: 'call' }));
    await db.put('days', dayTotal('2026-10-01', 'x', { passiveMs: 1, nudges: 0, connections: 0 }));
    await db.put('days', dayTotal('2026-11-20', 'x', { passiveMs: 1, nudges: 0, connections: 0 }));

    expect(await pruneHistory(db, 30, NOW)).toEqual({ nudges: 1, interactions: 1, days: 1, sittings: 0 });
    expect((await db.getAll('nudges')).map((n) => n.id)).toEqual(['new']);
    expect(await db.getAll('interactions')).toEqual([expect.objectContaining({ id: 'i1', nudgeId: null })]);
    expect((await db.getAll('days')).map((d) => d.day)).toEqual(['2026-11-20']);
    expect(await db.count('people')).toBe(1);
    db.close();
  });
});
