/**
 * The roster: each person's row in the lists, and how many people there
 * are, kept beside the person in the same transaction by the only functions
 * that write people here. Its local dates depend on the time zone, so the
 * background rebuilds it whenever it opens the database in a zone other
 * than the one it was built in (which includes the first open after the
 * upgrade that created it).
 */
import type { IDBPDatabase } from 'idb';
import { dueAfterDays } from '../../../utils/nudging/suggest';
import { overdueKey, personRow } from '../../../utils/people/roster';
import { addDays } from '../../../utils/platform/day';
import type { Person } from '../../../utils/records/types';
import { atomically } from './atomic';
import type { Meta, PeopleCount, RosterEntry, TendDB } from './schema';
import { forgetShortlist, type ShortlistStore } from './shortlist-forgotten';

export function rosterEntry(person: Person): RosterEntry {
  const [group, dueDay, lastDay, fold] = overdueKey(person);
  return {
    ...personRow(person),
    fold,
    group,
    dueDay,
    lastDay,
    reach: [...new Set(person.channels.map((channel) => channel.kind))],
    ...(person.archived
      ? {}
      : {
          activeFold: fold,
          activeGroup: group,
          suggestFrom: lastDay === '' ? '' : addDays(lastDay, dueAfterDays(person.cadenceDays)),
        }),
  };
}

/** The stores a transaction that writes people holds; structural, so any transaction over them will do. */
export interface PeopleStores {
  people: { put(value: Person): Promise<unknown>; delete(key: string): Promise<unknown> };
  roster: {
    get(key: string): Promise<RosterEntry | undefined>;
    put(value: RosterEntry): Promise<unknown>;
    delete(key: string): Promise<unknown>;
  };
  meta: ShortlistStore & { get(key: Meta['id']): Promise<Meta | undefined>; put(value: Meta): Promise<unknown> };
}

export function peopleCount(meta: Meta | undefined): PeopleCount {
  return meta?.id === 'people-count' ? meta : { id: 'people-count', active: 0, total: 0 };
}

const isActive = (entry: RosterEntry | undefined) => (entry && !entry.archived ? 1 : 0);

/** Adds what changed from `before` to `after` (a person's rows, absent when there is none) to the count. */
async function count(stores: PeopleStores, before: RosterEntry | undefined, after: RosterEntry | undefined) {
  const { active, total } = peopleCount(await stores.meta.get('people-count'));
  await stores.meta.put({
    id: 'people-count',
    active: active + isActive(after) - isActive(before),
    total: total + (after ? 1 : 0) - (before ? 1 : 0),
  });
}

export async function putPerson(stores: PeopleStores, person: Person): Promise<void> {
  const before = await stores.roster.get(person.id);
  const entry = rosterEntry(person);
  await stores.people.put(person);
  await stores.roster.put(entry);
  await count(stores, before, entry);
  await forgetShortlist(stores.meta);
}

export async function removePerson(stores: PeopleStores, id: string): Promise<void> {
  const before = await stores.roster.get(id);
  await stores.people.delete(id);
  await stores.roster.delete(id);
  await count(stores, before, undefined);
  await forgetShortlist(stores.meta);
}

/** The zone local dates are computed in here. */
function currentZone(): string {
  return Intl.DateTimeFormat().resolvedOptions().timeZone;
}

/** Writes every person's row and the count again, in one transaction with the zone they were written in. */
async function rebuildRoster(db: IDBPDatabase<TendDB>): Promise<void> {
  const tx = db.transaction(['people', 'roster', 'meta'], 'readwrite');
  await atomically(tx, async () => {
    const roster = tx.objectStore('roster');
    await roster.clear();
    const people = await tx.objectStore('people').getAll();
    for (const person of people) await roster.put(rosterEntry(person));
    const active = people.filter((person) => !person.archived).length;
    await tx.objectStore('meta').put({ id: 'people-count', active, total: people.length });
    await tx.objectStore('meta').put({ id: 'roster-zone', zone: currentZone() });
    await forgetShortlist(tx.objectStore('meta'));
  });
}

/** Rebuilds the roster if it was built in another zone, or never: one read when it is up to date. */
export async function ensureRoster(db: IDBPDatabase<TendDB>): Promise<void> {
  const built = await db.get('meta', 'roster-zone');
  if (built?.id !== 'roster-zone' || built.zone !== currentZone()) await rebuildRoster(db);
}
