/**
 * Reads of the roster (`roster.ts`): a list's first page in its order, the
 * people most overdue, whether anyone is active, who may be due for the
 * engine. Each walks an index and reads no further than it needs.
 */
import type { IDBPDatabase } from 'idb';
import type { PersonName, RankedRow } from '../../../utils/people/roster';
import { addDays } from '../../../utils/platform/day';
import type { PeoplePage } from '../../../utils/protocol/results';
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

/** Everyone's name, by name: slimmer than their rows, for a list to choose from. */
export async function allNames(db: IDBPDatabase<TendDB>): Promise<PersonName[]> {
  const entries = await db.getAllFromIndex('roster', 'by-name');
  return entries.map(({ id, name, archived }) => ({ id, name, archived }));
}

/** The active people whose rhythm ran out before `today`, most overdue first. */
export async function mostOverdue(db: IDBPDatabase<TendDB>, today: string, limit: number): Promise<RankedRow[]> {
  // Active people with a rhythm are keyed [0, the day it ran out, …]: every key below [0, today] ran out before it.
  const overdue = IDBKeyRange.bound([0], [0, today], false, true);
  return (await db.getAllFromIndex('roster', 'active-by-overdue', overdue, limit)).map(rankedRowOf);
}

export async function hasActivePeople(db: IDBPDatabase<TendDB>): Promise<boolean> {
  return (await db.transaction('roster').store.index('active-by-name').openKeyCursor()) !== null;
}

/**
 * The active people whose everyday ideas may be due by `today`, and a
 * little more: their rows hold the local dates of the zone they were built
 * in, which the engine allows for with two days to spare. Anyone never in
 * touch is always among them.
 */
export async function mayBeDue(db: IDBPDatabase<TendDB>, today: string): Promise<RosterEntry[]> {
  return db.getAllFromIndex('roster', 'active-by-suggest-from', IDBKeyRange.upperBound(dueBy(today)));
}

/** Every active person `mayBeDue` leaves out. */
export async function notDue(db: IDBPDatabase<TendDB>, today: string): Promise<RosterEntry[]> {
  return db.getAllFromIndex('roster', 'active-by-suggest-from', IDBKeyRange.lowerBound(dueBy(today), true));
}

const dueBy = (today: string) => addDays(today, 2);
