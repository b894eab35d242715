/**
 * The roster: each person's row in the lists, kept beside the person in the
 * same transaction by the only functions that write people here. Its local
 * dates depend on the time zone, so the background rebuilds it whenever it
 * opens the database in a zone other than the one it was built in (which
 * includes the first open after the upgrade that created it).
 */
import type { IDBPDatabase } from 'idb';
import { dueAfterDays } from '../../../utils/nudging/suggest';
import { overdueKey, personRow } from '../../../utils/people/roster';
import { addDays } from '../../../utils/platform/day';
import type { Person } from '../../../utils/records/types';
import { atomically } from './atomic';
import type { RosterEntry, TendDB } from './schema';

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
  roster: { put(value: RosterEntry): Promise<unknown>; delete(key: string): Promise<unknown> };
}

export async function putPerson(stores: PeopleStores, person: Person): Promise<void> {
  await stores.people.put(person);
  await stores.roster.put(rosterEntry(person));
}

export async function removePerson(stores: PeopleStores, id: string): Promise<void> {
  await stores.people.delete(id);
  await stores.roster.delete(id);
}

/** The zone local dates are computed in here. */
function currentZone(): string {
  return Intl.DateTimeFormat().resolvedOptions().timeZone;
}

/** Writes every person's row again, in one transaction with the zone it was written in. */
export async function rebuildRoster(db: IDBPDatabase<TendDB>): Promise<void> {
  const tx = db.transaction(['people', 'roster', 'meta'], 'readwrite');
  await atomically(tx, async () => {
    const roster = tx.objectStore('roster');
    await roster.clear();
    for (const person of await tx.objectStore('people').getAll()) await roster.put(rosterEntry(person));
    await tx.objectStore('meta').put({ id: 'roster-zone', zone: currentZone() });
  });
}

/** Rebuilds the roster if it was built in another zone, or never: one read when it is up to date. */
export async function ensureRoster(db: IDBPDatabase<TendDB>): Promise<void> {
  if ((await db.get('meta', 'roster-zone'))?.zone !== currentZone()) await rebuildRoster(db);
}
