import type { IDBPDatabase } from 'idb';

export interface StoreDump {
  keyPath: string | string[] | null;
  autoIncrement: boolean;
  indexes: Record<string, { keyPath: string | string[]; unique: boolean; multiEntry: boolean }>;
  records: unknown[];
}

export interface DatabaseDump {
  version: number;
  stores: Record<string, StoreDump>;
}

/** Everything a database holds, schema and records, in a form fixtures can be compared with. */
export async function dumpDatabase(db: IDBPDatabase<unknown>): Promise<DatabaseDump> {
  const stores: Record<string, StoreDump> = {};
  const names = [...db.objectStoreNames].sort();
  const tx = db.transaction(names, 'readonly');
  for (const name of names) {
    const store = tx.objectStore(name);
    const indexes: StoreDump['indexes'] = {};
    for (const indexName of [...store.indexNames].sort()) {
      const index = store.index(indexName);
      indexes[indexName] = { keyPath: index.keyPath, unique: index.unique, multiEntry: index.multiEntry };
    }
    stores[name] = {
      keyPath: store.keyPath,
      autoIncrement: store.autoIncrement,
      indexes,
      records: await store.getAll(),
    };
  }
  await tx.done;
  return { version: db.version, stores };
}

/** Writes a dump's records into a database that already has its stores. */
export async function seedDatabase(db: IDBPDatabase<unknown>, dump: DatabaseDump): Promise<void> {
  const names = Object.keys(dump.stores);
  const tx = db.transaction(names, 'readwrite');
  for (const name of names) {
    for (const record of dump.stores[name]?.records ?? []) await tx.objectStore(name).put(record);
  }
  await tx.done;
}
