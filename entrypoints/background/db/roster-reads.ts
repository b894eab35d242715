/**
 * Reads of the roster (`roster.ts`): a list's first page in its order, the
 * people most overdue, whether anyone is active, who may be due for the
 * engine. Each walks an index and reads no further than it needs.
 */
import type { IDBPDatabase } from 'idb';
import type { RankedRow } from '../../../utils/people/roster';
import { addDays } from '../../../utils/platform/day';
import type { PeoplePage, PersonNames } from '../../../utils/protocol/results';
import { peopleCount } from './roster';
import type { RosterEntry, TendDB } from './schema';

function rankedRowOf(entry: RosterEntry): RankedRow {
  return {
    id: entry.id,
    name: entry.name,
    archived: entry.archived,
    cadenceDays: entry.cadenceDays,
    lastContactAt: entry.lastContactAt,
    createdAt: entry.createdAt,
    nameKey: [entry.fold, entry.id],
    overdueKey: [entry.group, entry.dueDay, entry.lastDay, entry.fold, entry.id],
  };
}

export async function peoplePage(
  db: IDBPDatabase<TendDB>,
  { order, archived, limit }: { order: 'overdue' | 'name'; archived: boolean; limit: number },
): Promise<PeoplePage> {
  const tx = db.transaction(['roster', 'meta']);
  const roster = tx.objectStore('roster');
  const index =
    order === 'name'
      ? roster.index(archived ? 'by-name' : 'active-by-name')
      : roster.index(archived ? 'by-overdue' : 'active-by-overdue');
  const [entries, count] = await Promise.all([index.getAll(null, limit), tx.objectStore('meta').get('people-count')]);
  const { active, total } = peopleCount(count);
  return { rows: entries.map(rankedRowOf), active, total };
}

/** Everyone's row, by name. */
export async function allRows(db: IDBPDatabase<TendDB>): Promise<RankedRow[]> {
  return (await db.getAllFromIndex('roster', 'by-name')).map(rankedRowOf);
}

/**
 * Names by name, slimmer than rows, for a list to choose from: everyone's or the active people's, the first `limit`
 * (all without one). Reading ten thousand costs the worker a few hundred milliseconds, which every request after
 * it waits for, so a page asks for all only when a field needs them.
 */
export async function names(
  db: IDBPDatabase<TendDB>,
  { active, limit }: { active: boolean; limit?: number },
): Promise<PersonNames> {
  const entries = await db.getAllFromIndex('roster', active ? 'active-by-name' : 'by-name', null, limitPlusOne(limit));
  const more = limit !== undefined && entries.length > limit;
  return {
    names: (more ? entries.slice(0, limit) : entries).map(({ id, name, archived }) => ({ id, name, archived })),
    more,
  };
}

/** One more than asked, to learn whether there are more. */
const limitPlusOne = (limit: number | undefined) => (limit === undefined ? undefined : limit + 1);

/** The active people whose rhythm ran out before `today`, most overdue first. */
export async function mostOverdue(db: IDBPDatabase<TendDB>, today: string, limit: number): Promise<RankedRow[]> {
  // Active people with a rhythm are keyed [0, the day it ran out, …]: every key below [0, today] ran out before it.
  const overdue = IDBKeyRange.bound([0], [0, today], false, true);
  return (await db.getAllFromIndex('roster', 'active-by-overdue', overdue, limit)).map(rankedRowOf);
}

export async function hasActivePeople(db: IDBPDatabase<TendDB>): Promise<boolean> {
  return (await db.transaction('roster').store.index('active-by-name').openKeyCursor()) !== null;
}

/** What finding who may be due reads of the roster: structural, so any transaction's store will do. */
export interface RosterReader {
  get(id: string): Promise<RosterEntry | undefined>;
  index(name: 'active-by-suggest-from'): { getAll(query: IDBKeyRange): Promise<RosterEntry[]> };
}

/**
 * The active people whose everyday ideas may be due by `today`, and a
 * little more: their rows hold the local dates of the zone they were built
 * in, which the engine allows for with two days to spare. Anyone never in
 * touch is always among them.
 */
export async function mayBeDue(roster: RosterReader, today: string): Promise<RosterEntry[]> {
  return roster.index('active-by-suggest-from').getAll(IDBKeyRange.upperBound(dueBy(today)));
}

/** Every active person `mayBeDue` leaves out. */
export async function notDue(roster: RosterReader, today: string): Promise<RosterEntry[]> {
  return roster.index('active-by-suggest-from').getAll(IDBKeyRange.lowerBound(dueBy(today), true));
}

const dueBy = (today: string) => addDays(today, 2);
