import type { Page, Worker } from 'playwright-core';

/** Any context of the extension's origin can read its database: the worker or one of its pages. */
export type ExtensionContext = Page | Worker;

/**
 * Reads a whole store of Tend's IndexedDB from an extension context. Returns
 * [] when the database does not exist yet, without creating it (that would
 * skip the extension's own migrations).
 */
export async function readStore<T = Record<string, unknown>>(target: ExtensionContext, store: string): Promise<T[]> {
  const read = async (storeName: string) => {
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
  };
  // Page and Worker evaluate alike, but their overloads do not unify.
  const records = 'mainFrame' in target ? await target.evaluate(read, store) : await target.evaluate(read, store);
  return records as T[];
}

export interface DayRow {
  day: string;
  site: string;
  passiveMs: number;
  nudges: number;
  connections: number;
}

export async function passiveMsFor(target: ExtensionContext, site?: string): Promise<number> {
  const days = await readStore<DayRow>(target, 'days');
  return days.filter((day) => site === undefined || day.site === site).reduce((sum, day) => sum + day.passiveMs, 0);
}

export interface SittingRow {
  id: string;
  site: string;
  startedAt: number;
  lastPassiveAt: number;
  passiveMs: number;
}

/** The wall-clock time of the latest passive second counted on a site, or -Infinity. */
export async function lastPassiveAt(target: ExtensionContext, site: string): Promise<number> {
  const sittings = await readStore<SittingRow>(target, 'sittings');
  return Math.max(-Infinity, ...sittings.filter((s) => s.site === site).map((s) => s.lastPassiveAt));
}
