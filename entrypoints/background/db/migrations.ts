/**
 * The upgrade ladder. `migrations[n]` takes a database at version n - 1 to
 * version n inside the versionchange transaction; keys are version numbers,
 * never array positions, so a migration can't shift by accident. Migrations
 * only touch the database through `db` and `tx`, and await nothing else.
 */
import type { IDBPDatabase, IDBPTransaction, StoreNames } from 'idb';
import type { NudgeRecordV1, Person, PersonV1 } from '../../../utils/records/types';
import { agendaEntry } from './agenda';
import type { TendDB } from './schema';

/**
 * Typed against the current schema, whose store names every version shares
 * (no store was ever renamed or removed). A migration that reads records of
 * an older shape names that shape's type, as version 3 does with
 * `NudgeRecordV1` and version 4 with `PersonV1`.
 */
export type Migration = (
  db: IDBPDatabase<TendDB>,
  tx: IDBPTransaction<TendDB, StoreNames<TendDB>[], 'versionchange'>,
) => Promise<void>;

export const migrations: Readonly<Record<number, Migration>> = {
  1: async (db) => {
    db.createObjectStore('people', { keyPath: 'id' });
    const moments = db.createObjectStore('moments', { keyPath: 'id' });
    moments.createIndex('by-person', 'personId');
    moments.createIndex('by-follow-up', 'followUpOn');
    const interactions = db.createObjectStore('interactions', { keyPath: 'id' });
    interactions.createIndex('by-person-at', ['personId', 'at']);
    interactions.createIndex('by-at', 'at');
    const nudges = db.createObjectStore('nudges', { keyPath: 'id' });
    nudges.createIndex('by-at', 'at');
    nudges.createIndex('by-site-at', ['site', 'at']);
    nudges.createIndex('by-person-at', ['personId', 'at']);
    nudges.createIndex('by-outcome-at', ['outcome', 'at']);
    const days = db.createObjectStore('days', { keyPath: ['day', 'site'] });
    days.createIndex('by-site-day', ['site', 'day']);
  },
  2: async (db) => {
    const sittings = db.createObjectStore('sittings', { keyPath: 'id' });
    sittings.createIndex('by-site-last', ['site', 'lastPassiveAt']);
    db.createObjectStore('ledger', { keyPath: 'id' });
  },
  3: async (_db, tx) => {
    const nudges = tx.objectStore('nudges');
    for (let cursor = await nudges.openCursor(); cursor; cursor = await cursor.continue()) {
      const old: NudgeRecordV1 = cursor.value;
      await cursor.update({ ...old, momentId: null, skipped: [], snoozedUntil: null });
    }
  },
  4: async (_db, tx) => {
    const people = tx.objectStore('people');
    for (let cursor = await people.openCursor(); cursor; cursor = await cursor.continue()) {
      const old: PersonV1 = cursor.value;
      await cursor.update(withCallName(old));
    }
  },
  5: async (db, tx) => {
    const roster = db.createObjectStore('roster', { keyPath: 'id' });
    roster.createIndex('by-name', ['fold', 'id']);
    roster.createIndex('active-by-name', ['activeFold', 'id']);
    roster.createIndex('by-overdue', ['group', 'dueDay', 'lastDay', 'fold', 'id']);
    roster.createIndex('active-by-overdue', ['activeGroup', 'dueDay', 'lastDay', 'fold', 'id']);
    roster.createIndex('active-by-suggest-from', 'suggestFrom');
    const agenda = db.createObjectStore('agenda', { keyPath: 'id' });
    agenda.createIndex('by-follow-up', 'followUpOn');
    agenda.createIndex('by-shared', 'sharedOn');
    agenda.createIndex('by-goal-check', 'goalCheck');
    agenda.createIndex('by-month-day', 'monthDay');
    db.createObjectStore('meta', { keyPath: 'id' });
    // The agenda holds only the dates the user typed, so it is built here. The roster's local dates depend
    // on the zone the background runs in, so the background builds it when it first opens the database.
    for (let cursor = await tx.objectStore('moments').openCursor(); cursor; cursor = await cursor.continue()) {
      const entry = agendaEntry(cursor.value);
      if (entry) await tx.objectStore('agenda').put(entry);
    }
  },
};

/**
 * A person from before version 4, called by their first name (an empty call
 * name). Fields in the order the background writes them and a backup reads
 * them back (`personRecord`): an import preview compares records as JSON
 * text, and would count a person with the same fields in another order as updated.
 */
function withCallName(old: PersonV1): Person {
  return {
    id: old.id,
    name: old.name,
    callName: '',
    channels: old.channels,
    cadenceDays: old.cadenceDays,
    notes: old.notes,
    lastContactAt: old.lastContactAt,
    archived: old.archived,
    createdAt: old.createdAt,
    updatedAt: old.updatedAt,
  };
}

export const DB_VERSION = Math.max(...Object.keys(migrations).map(Number));
