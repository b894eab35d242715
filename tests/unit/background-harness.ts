import { IDBFactory } from 'fake-indexeddb';
import { type IDBPDatabase, unwrap } from 'idb';
import { afterEach, beforeEach, expect, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { shortlistRemade } from '../../entrypoints/background/db/day-shortlist';
import { openTendDB } from '../../entrypoints/background/db/open';
import type { Meta, TendDB } from '../../entrypoints/background/db/schema';
import type { Clock } from '../../utils/platform/clock';
import type { Reply } from '../../utils/protocol/messages';
import { isPreview } from '../../utils/records/preview';
import type { NudgeRecord } from '../../utils/records/types';
import { NOW } from './fixtures';
import { contentSender, pageSender } from './senders';

/** A clock that stands still until a test moves it. */
export class TestClock implements Clock {
  constructor(private ms: number) {}
  now(): number {
    return this.ms;
  }
  set(ms: number): void {
    this.ms = ms;
  }
}

/** The background's only clock in unit tests. */
export const clock = new TestClock(NOW);

/** Site access the fake browser grants, by match pattern; tests add to it as a user would. */
export const grantedOrigins = new Set<string>();
export const registeredScripts = new Map<string, { id: string; matches: string[]; js?: string[] }>();

let manifestFiles: string[] = [];
let commandListeners: ((command: string) => void)[] = [];

/** Presses a keyboard shortcut of the manifest's `commands`, as the browser reports it to the background. */
export function pressShortcut(command: string): void {
  for (const listener of commandListeners) listener(command);
}
let registrationFailure: Error | null = null;

/** The content script's files as `runtime.getManifest()` names them (Firefox gives full addresses). */
export function setManifestFiles(files: string[]): void {
  manifestFiles = files;
}

/** Makes the browser refuse to register content scripts from now on, as Firefox did with full addresses. */
export function failRegistration(error: Error): void {
  registrationFailure = error;
}

/**
 * Starts the background on a fresh fake browser and database, as a worker
 * that just woke up would, with its clock set to `at` (by default a
 * Tuesday afternoon). WXT's fake browser lacks the permissions, commands and
 * dynamic content script APIs, so they are given small in-memory versions.
 */
export async function startBackground(at = NOW): Promise<void> {
  clock.set(at);
  fakeBrowser.reset();
  globalThis.indexedDB = new IDBFactory();
  grantedOrigins.clear();
  registeredScripts.clear();
  manifestFiles = ['feed.js'];
  registrationFailure = null;
  commandListeners = [];
  (fakeBrowser as unknown as Record<string, unknown>).commands = {
    getAll: async () => [{ name: 'focus-card', shortcut: 'Alt+Shift+Y', description: '' }],
    onCommand: {
      addListener: (listener: (command: string) => void) => commandListeners.push(listener),
      removeListener: vi.fn(),
      hasListener: vi.fn(),
    },
  };
  const permissions = fakeBrowser.permissions as unknown as Record<string, unknown>;
  permissions.onRemoved = { addListener: vi.fn(), removeListener: vi.fn(), hasListener: vi.fn() };
  permissions.contains = async ({ origins = [] }: { origins?: string[] }) =>
    origins.every((o) => grantedOrigins.has(o));
  permissions.remove = async ({ origins = [] }: { origins?: string[] }) => {
    for (const origin of origins) grantedOrigins.delete(origin);
    return true;
  };
  (fakeBrowser.runtime as unknown as Record<string, unknown>).getManifest = () => ({
    content_scripts: [{ matches: ['https://www.instagram.com/*'], js: manifestFiles }],
  });
  const scripting = fakeBrowser.scripting as unknown as Record<string, unknown>;
  scripting.getRegisteredContentScripts = async ({ ids }: { ids?: string[] } = {}) =>
    [...registeredScripts.values()].filter((s) => !ids || ids.includes(s.id));
  const put = async (scripts: { id: string; matches: string[] }[]) => {
    if (registrationFailure) throw registrationFailure;
    for (const script of scripts) registeredScripts.set(script.id, script);
  };
  scripting.registerContentScripts = put;
  scripting.updateContentScripts = put;
  scripting.unregisterContentScripts = async ({ ids }: { ids: string[] }) => {
    for (const id of ids) registeredScripts.delete(id);
  };
  vi.resetModules();
  const { startBackground: start } = await import('../../entrypoints/background/start');
  start({ clock });
}

/** What the background answered a message of this type from one of Tend's pages; a refusal fails the test. */
export async function answered<T>(type: string, data: unknown, sender = pageSender()): Promise<T> {
  const reply = await send({ type, data }, sender);
  if (!reply.ok) throw new Error(`${type}: ${reply.error.message}`);
  return reply.value as T;
}

/** Starts the background before each test, with a connection of the test's own to its database. */
export function withDatabase(): { db(): IDBPDatabase<TendDB> } {
  let db: IDBPDatabase<TendDB> | null = null;
  beforeEach(async () => {
    await startBackground();
    db = await openTendDB();
  });
  afterEach(() => {
    db?.close();
    vi.restoreAllMocks();
  });
  return {
    db() {
      if (!db) throw new Error('The database is open only during a test.');
      return db;
    },
  };
}

export async function send(message: unknown, sender = contentSender()): Promise<Reply> {
  // The fake browser types senders as Chrome's; ours follow webextension-polyfill's, which it accepts at run time.
  const chromeSender = sender as Parameters<typeof fakeBrowser.runtime.onMessage.trigger>[1];
  const [reply] = await fakeBrowser.runtime.onMessage.trigger(message, chromeSender, () => {});
  const answer = (await reply) as unknown as Reply;
  // What the worker does once a message has answered is part of it: tests read the database after.
  await shortlistRemade();
  await expectRecentCardsTrue();
  return answer;
}

// The check's own reads, past any spy a test puts on these: they are not the background's.
const readRow = IDBObjectStore.prototype.get;
const readIndex = IDBIndex.prototype.getAll;

function done<T>(request: IDBRequest<T>): Promise<T> {
  return new Promise((resolve, reject) => {
    request.onsuccess = () => resolve(request.result);
    request.onerror = () => reject(request.error);
  });
}

/**
 * After every message of every test through here: the recent cards (`recent-cards.ts`), when kept, are
 * exactly the cards the nudges' index holds since the row says, so a writer that forgot them fails here.
 */
async function expectRecentCardsTrue(): Promise<void> {
  const db = unwrap(await openTendDB());
  try {
    const tx = db.transaction(['meta', 'nudges']);
    const row = (await done(readRow.call(tx.objectStore('meta'), 'recent-cards'))) as Meta | undefined;
    if (row?.id !== 'recent-cards') return;
    const byAt = tx.objectStore('nudges').index('by-at');
    const held = (await done(readIndex.call(byAt, IDBKeyRange.lowerBound(row.since)))) as NudgeRecord[];
    const byId = (a: NudgeRecord, b: NudgeRecord) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
    expect([...row.cards].sort(byId), 'the recent cards against the nudges').toEqual(
      held.filter((nudge) => !isPreview(nudge)).sort(byId),
    );
  } finally {
    db.close();
  }
}
