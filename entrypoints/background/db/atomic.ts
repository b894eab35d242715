import type { IDBPTransaction, StoreNames } from 'idb';
import type { TendDB } from './schema';

/**
 * Runs `work` in `tx` and waits for the commit. IndexedDB commits whatever
 * was queued when a script throws between requests, so on any error the
 * transaction is aborted here: a write either happens whole or not at all.
 */
export async function atomically<T, S extends StoreNames<TendDB>[]>(
  tx: IDBPTransaction<TendDB, S, 'readwrite'>,
  work: () => Promise<T>,
): Promise<T> {
  try {
    const result = await work();
    await tx.done;
    return result;
  } catch (error) {
    // Aborting rejects `tx.done`; the error that matters is the one rethrown below.
    tx.done.catch(() => {});
    try {
      tx.abort();
    } catch {
      // Already finished or aborted by the browser.
    }
    throw error;
  }
}
