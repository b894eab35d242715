/** Tend's protocol and its database, reached from one of its own pages in Firefox. */
import type { FirefoxTend } from './firefox';

type Reply<T> = { ok: true; value: T } | { ok: false; error: { message: string } };

/**
 * Sends a protocol message from one of Tend's pages, as the options page
 * would, and returns the result; a refusal throws with the background's message.
 */
export async function call<T = unknown>(tend: FirefoxTend, type: string, data: unknown): Promise<T> {
  const page = await tend.inspector();
  const reply = (await page.evaluate(
    (messageType: string, messageData: unknown) => chrome.runtime.sendMessage({ type: messageType, data: messageData }),
    type,
    data,
  )) as Reply<T> | undefined;
  if (!reply) throw new Error(`${type}: no answer`);
  if (!reply.ok) throw new Error(`${type}: ${reply.error.message}`);
  return reply.value;
}

/**
 * Reads a whole store of Tend's IndexedDB from one of its pages. Returns []
 * when the database does not exist yet, without creating it.
 */
export async function readStore<T = Record<string, unknown>>(tend: FirefoxTend, store: string): Promise<T[]> {
  const page = await tend.inspector();
  const records = await page.evaluate(async (storeName: string) => {
    const db = await new Promise<IDBDatabase | null>((done, fail) => {
      const request = indexedDB.open('tend');
      request.onupgradeneeded = () => request.transaction?.abort();
      request.onsuccess = () => done(request.result);
      request.onerror = () => (request.error?.name === 'AbortError' ? done(null) : fail(request.error));
    });
    if (!db) return [];
    try {
      if (!db.objectStoreNames.contains(storeName)) return [];
      return await new Promise<unknown[]>((done, fail) => {
        const request = db.transaction(storeName).objectStore(storeName).getAll();
        request.onsuccess = () => done(request.result);
        request.onerror = () => fail(request.error);
      });
    } finally {
      db.close();
    }
  }, store);
  return records as T[];
}

interface DayRow {
  site: string;
  passiveMs: number;
}

/** Passive time counted on a site (or all sites) over all days, as the database holds it. */
export async function passiveMsFor(tend: FirefoxTend, site?: string): Promise<number> {
  const days = await readStore<DayRow>(tend, 'days');
  return days.filter((day) => site === undefined || day.site === site).reduce((sum, day) => sum + day.passiveMs, 0);
}
