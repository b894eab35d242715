import { readFileSync } from 'node:fs';
import { IDBFactory } from 'fake-indexeddb';
import { type IDBPDatabase, openDB } from 'idb';
import { beforeEach, describe, expect, it } from 'vitest';
import { DB_VERSION, migrations } from '../../entrypoints/background/db/migrations';
import { openTendDB } from '../../entrypoints/background/db/open';
import { DB_NAME } from '../../entrypoints/background/db/schema';
import { nameInMessage } from '../../utils/people/call-name';
import { personRecord } from '../../utils/records/stored';
import { type DatabaseDump, dumpDatabase, seedDatabase } from './db-dump';
import { person } from './fixtures';

function fixture(version: number): DatabaseDump {
  return JSON.parse(readFileSync(new URL(`../fixtures/db/v${version}.json`, import.meta.url), 'utf8'));
}

function withoutRecords(dump: DatabaseDump): DatabaseDump {
  return {
    ...dump,
    stores: Object.fromEntries(Object.entries(dump.stores).map(([name, store]) => [name, { ...store, records: [] }])),
  };
}

const versions = Array.from({ length: DB_VERSION }, (_, i) => i + 1);

beforeEach(() => {
  globalThis.indexedDB = new IDBFactory();
});

describe('database migrations', () => {
  it('has a migration and a fixture for every version, keyed by version', () => {
    expect(
      Object.keys(migrations)
        .map(Number)
        .sort((a, b) => a - b),
    ).toEqual(versions);
    for (const version of versions) expect(fixture(version).version).toBe(version);
  });

  it('creates the first version from nothing', async () => {
    const db = await openTendDB({ version: 1 });
    expect(await dumpDatabase(db as unknown as IDBPDatabase<unknown>)).toEqual(withoutRecords(fixture(1)));
    db.close();
  });

  it.each(versions.slice(1))('upgrades fixture %i - 1 to exactly fixture %i, losing nothing', async (version) => {
    const old = await openTendDB({ version: version - 1 });
    await seedDatabase(old as unknown as IDBPDatabase<unknown>, fixture(version - 1));
    old.close();
    const db = await openTendDB({ version });
    expect(await dumpDatabase(db as unknown as IDBPDatabase<unknown>)).toEqual(fixture(version));
    db.close();
  });

  it('upgrades the oldest fixture straight to the current version', async () => {
    const old = await openTendDB({ version: 1 });
    await seedDatabase(old as unknown as IDBPDatabase<unknown>, fixture(1));
    old.close();
    const db = await openTendDB();
    expect(db.version).toBe(DB_VERSION);
    expect(await dumpDatabase(db as unknown as IDBPDatabase<unknown>)).toEqual(fixture(DB_VERSION));
    db.close();
  });

  it('gives every person stored before version 4 an empty call name, in the order an import reads it back', async () => {
    const old = await openTendDB({ version: 3 });
    const { callName: _, ...maria } = person('maria', { name: 'Maria Keller', notes: 'Met in Lisbon' });
    const { callName: _sam, ...sam } = person('sam', { archived: true, lastContactAt: null });
    await (old as unknown as IDBPDatabase<unknown>).put('people', maria);
    await (old as unknown as IDBPDatabase<unknown>).put('people', sam);
    old.close();
    const db = await openTendDB({ version: 4 });
    const migrated = await db.getAll('people');
    db.close();
    expect(migrated).toEqual([
      { ...maria, callName: '' },
      { ...sam, callName: '' },
    ]);
    for (const record of migrated) {
      expect(nameInMessage(record)).toBe(record.name.split(' ')[0]);
      // Otherwise exporting and importing this Tend's own data would count each person as updated.
      expect(JSON.stringify(personRecord(record, 'person'))).toBe(JSON.stringify(record));
    }
  });

  it('steps aside when a newer version is opened, so an upgrade never hangs', async () => {
    let closed = false;
    const current = await openTendDB({
      onClose: () => {
        closed = true;
      },
    });
    // What the next release's worker does while this one's connection is still open.
    const newer = await openDB(DB_NAME, DB_VERSION + 1);
    expect(closed).toBe(true);
    expect(newer.version).toBe(DB_VERSION + 1);
    newer.close();
    current.close();
  });
});
