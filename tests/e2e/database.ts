import type { Worker } from 'playwright-core';

/**
 * Reads a whole store from Tend's IndexedDB inside the service worker, the
 * database's only owner. Returns [] when the database does not exist yet,
 * without creating it (that would skip the extension's own migrations).
 */
export async function readStore<T = Record<string, unknown>>(worker: Worker, store: string): Promise<T[]> {
  return worker.evaluate(async (storeName) => {
    const db = await new Promise<IDBDatabase | null>((resolve, reject) => {
      const request = indexedDB.open('tend');
      request.onupgradeneeded = () => request.transaction?.abort();
      request.onsuccess = () => resolve(request.result);
      request.onerror = () => (request.error?.name === 'AbortError' ? resolve(null) : reject(request.error));
    });
    if (!db) return [];
    try {
      if (!db.objectStoreNames.contains(storeName)) return [];
      return await new Promise<unknown[]>((resolve, reject) => {
        const request = db.transaction(storeName).objectStore(storeName).getAll();
        request.onsuccess = () => resolve(request.result);
        request.onerror = () => reject(request.error);
      });
    } finally {
      db.close();
    }
  }, store) as Promise<T[]>;
}

export interface DayRow {
  day: string;
  site: string;
  passiveMs: number;
  nudges: number;
  connections: number;
}

export async function passiveMsFor(worker: Worker, site: string): Promise<number> {
  const days = await readStore<DayRow>(worker, 'days');
  return days.filter((day) => day.site === site).reduce((sum, day) => sum + day.passiveMs, 0);
}
