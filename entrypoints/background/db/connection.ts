import type { IDBPDatabase } from 'idb';
import { openTendDB } from './open';
import { ensureRoster } from './roster';
import type { TendDB } from './schema';

let connection: Promise<IDBPDatabase<TendDB>> | null = null;

/**
 * The background's one shared connection, opened on first use, with the
 * roster brought up to date (see `roster.ts`). A worker restart starts over
 * with nothing cached, and a connection closed for an upgrade or by the
 * browser is reopened on the next call.
 */
export function database(): Promise<IDBPDatabase<TendDB>> {
  connection ??= openTendDB({
    onClose: () => {
      connection = null;
    },
  })
    .then(async (db) => {
      await ensureRoster(db);
      return db;
    })
    .catch((error: unknown) => {
      connection = null;
      throw error;
    });
  return connection;
}
