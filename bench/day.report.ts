/**
 * `npm run bench:day`: a day of use driven through the real background, on
 * the unit tests' harness (fake-indexeddb, WXT's fake browser, a clock the
 * bench sets), as the content script would drive it: a report every 5
 * seconds of each sitting, cards answered, ignored or left to time out,
 * tabs closed. Prints what the reports made the background read, request by
 * request, and the heap in use before and after the day.
 *
 * The reads are the database requests the background makes (get, getAll,
 * count, cursors and their steps), by store, and the records they return;
 * the counting transaction's are the ledger, the site's sitting and
 * today's totals. The heap is this process's after a
 * full garbage collection: it holds the fake database too, which in a
 * browser lives outside the worker, so what it measures is what the day left
 * behind, not the worker's size.
 *
 * Runs under Vitest (`vitest.config.ts` adds its project only when asked,
 * like `npm run simulate`), because the background's modules need WXT's
 * test plugin. `TEND_BENCH_SMOKE=1` runs an hour with a small circle, to
 * check that the bench still works.
 */
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import { describe, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { openTendDB } from '../entrypoints/background/db/open';
import { forgetRecentCards } from '../entrypoints/background/db/recent-cards';
import { EXPIRY_ALARM_PREFIX } from '../entrypoints/background/nudge-outcome';
import { backupOf, dateDaysAgo, daysAgo, recordBuilders } from '../tests/seed';
import { type Random, seededRandom } from '../tests/simulation/random';
import { clock, send, startBackground } from '../tests/unit/background-harness';
import { contentSender, pageSender } from '../tests/unit/senders';
import type { NudgeOutcome } from '../utils/records/types';
import type { Settings } from '../utils/settings/settings';
import { circle } from './circle';

const SMOKE = process.env.TEND_BENCH_SMOKE === '1';
const PEOPLE = Number(process.env.TEND_BENCH_PEOPLE ?? (SMOKE ? 10 : 50));
const MOMENTS = Number(process.env.TEND_BENCH_MOMENTS ?? (SMOKE ? 50 : 250));
/** Three years of past nudges, four a day. */
const PAST_NUDGES = SMOKE ? 200 : 4 * 3 * 365;
const REPORT_EVERY_MS = 5_000;
const MINUTE = 60_000;
const READS = ['get', 'getAll', 'getAllKeys', 'getKey', 'count', 'openCursor', 'openKeyCursor'] as const;
const COUNTING_STORES = new Set(['ledger', 'sittings', 'days']);

/** Read requests by store, and the records they returned, since the last `take`. */
function readCounter() {
  let reads = new Map<string, number>();
  let requests = 0;
  let records = 0;
  const returned = (request: IDBRequest) =>
    request.addEventListener('success', () => {
      const { result } = request;
      // A count returns a number and reads no record; a cursor step, a get or a key returns one.
      if (Array.isArray(result)) records += result.length;
      else if (result !== undefined && result !== null && typeof result !== 'number') records++;
    });
  for (const prototype of [IDBObjectStore.prototype, IDBIndex.prototype]) {
    for (const method of READS) {
      const original = prototype[method] as (...args: unknown[]) => IDBRequest;
      vi.spyOn(prototype, method).mockImplementation(function (this: IDBObjectStore | IDBIndex, ...args: unknown[]) {
        const store = 'objectStore' in this ? this.objectStore.name : this.name;
        reads.set(store, (reads.get(store) ?? 0) + 1);
        requests++;
        const request = original.apply(this, args);
        returned(request);
        return request;
      } as never);
    }
  }
  const step = IDBCursor.prototype.continue;
  vi.spyOn(IDBCursor.prototype, 'continue').mockImplementation(function (this: IDBCursor, ...args: unknown[]) {
    requests++;
    return step.apply(this, args as [IDBValidKey?]);
  });
  return {
    take(): { byStore: Map<string, number>; requests: number; records: number } {
      const taken = { byStore: reads, requests, records };
      reads = new Map();
      requests = 0;
      records = 0;
      return taken;
    },
  };
}

function heapUsed(): number {
  setFlagsFromString('--expose-gc');
  const gc = runInNewContext('gc') as () => void;
  gc();
  gc();
  return process.memoryUsage().heapUsed;
}

async function ask<T>(type: string, data: unknown, sender = pageSender()): Promise<T> {
  const reply = await send({ type, data }, sender);
  if (!reply.ok) throw new Error(`${type}: ${reply.error.message}`);
  return reply.value as T;
}

/** Moves the clock to `target`, firing every card expiry that falls due on the way, as the browser would. */
async function advanceTo(target: number): Promise<void> {
  for (;;) {
    const due = (await fakeBrowser.alarms.getAll())
      .filter((alarm) => alarm.name.startsWith(EXPIRY_ALARM_PREFIX) && alarm.scheduledTime <= target)
      .sort((a, b) => a.scheduledTime - b.scheduledTime);
    const alarm = due[0];
    if (!alarm) break;
    clock.set(Math.max(clock.now(), alarm.scheduledTime));
    await fakeBrowser.alarms.clear(alarm.name);
    await fakeBrowser.alarms.onAlarm.trigger(alarm);
  }
  clock.set(Math.max(clock.now(), target));
}

/** What the user does with a card: a seeded mix, as in the month simulation. */
type Answer = 'done' | 'not-now' | 'snooze' | 'ignore';

function answerOf(random: Random): Answer {
  return random.weighted({ done: 4, 'not-now': 2, snooze: 1, ignore: 3 });
}

/** The past: people and what they shared as a backup, three years of nudges and daily totals written straight in. */
async function seedPast(now: number): Promise<void> {
  const settings = await ask<Settings>('settings/get', {});
  const text = JSON.stringify(
    backupOf({ exportedAt: now, settings, ...circle(now, { people: PEOPLE, moments: MOMENTS }) }),
  );
  await ask('backup/import', { text, mode: 'replace' });
  const { nudge, dayTotal } = recordBuilders(now);
  const outcomes: NudgeOutcome[] = ['done', 'dismissed', 'ignored', 'acted', 'snoozed'];
  const db = await openTendDB();
  const tx = db.transaction(['nudges', 'days', 'meta'], 'readwrite');
  // Written past Tend's writers: what Tend keeps about the recent cards would not know of them.
  await forgetRecentCards(tx.objectStore('meta'));
  const span = now - daysAgo(now, 3 * 365);
  for (let i = 0; i < PAST_NUDGES; i++) {
    // The most recent a day ago: today starts fresh.
    const at = daysAgo(now, 1) - Math.floor((i / PAST_NUDGES) * span);
    await tx
      .objectStore('nudges')
      .put(nudge(`past-${i}`, { at, personId: `p${i % PEOPLE}`, outcome: outcomes[i % outcomes.length] ?? 'done' }));
  }
  for (let d = 1; d <= 3 * 365; d++) await tx.objectStore('days').put(dayTotal(dateDaysAgo(now, d), 'instagram'));
  await tx.done;
  db.close();
}

interface Tally {
  reports: number;
  countingOnly: number;
  lookedAtNudges: number;
  decided: number;
  whenLooking: { requests: number; records: number }[];
  whenDeciding: { requests: number; records: number }[];
  cards: number;
}

describe('a day of use', () => {
  it('prints what reports read and the heap before and after', async () => {
    const day = new Date(2026, 10, 24);
    const start = new Date(day.getFullYear(), day.getMonth(), day.getDate(), 7).getTime();
    vi.spyOn(fakeBrowser.tabs, 'remove').mockResolvedValue(undefined);
    vi.spyOn(fakeBrowser.tabs, 'sendMessage').mockResolvedValue(undefined);
    await startBackground(start);
    await seedPast(start);
    const random = seededRandom(2026);
    const heapBefore = heapUsed();
    const counter = readCounter();
    const tally: Tally = {
      reports: 0,
      countingOnly: 0,
      lookedAtNudges: 0,
      decided: 0,
      whenLooking: [],
      whenDeciding: [],
      cards: 0,
    };
    const end = start + (SMOKE ? 1 : 16) * 60 * MINUTE;
    let tabId = 100;
    let pageClock = 60_000;
    while (clock.now() < end) {
      // A sitting: 5 to 25 minutes of scrolling in a new tab, then 20 to 80 minutes away.
      const tab = ++tabId;
      const stop = clock.now() + random.int(5, 25) * MINUTE;
      let showing: string | null = null;
      let answerAt = Infinity;
      let answer: Answer = 'ignore';
      while (clock.now() < stop) {
        await advanceTo(clock.now() + REPORT_EVERY_MS);
        pageClock += REPORT_EVERY_MS;
        counter.take();
        const receipt: { nudge: { id: string } | null } = await ask(
          'activity/report',
          {
            sentAt: pageClock,
            sentAtWall: clock.now(),
            spans: [[pageClock - REPORT_EVERY_MS, pageClock]],
            showing,
            inSight: true,
          },
          contentSender('https://www.instagram.com/', tab),
        );
        const { byStore, requests, records } = counter.take();
        tally.reports++;
        if ([...byStore.keys()].every((store) => COUNTING_STORES.has(store))) tally.countingOnly++;
        else if (byStore.has('roster') || byStore.has('people')) {
          tally.decided++;
          tally.whenDeciding.push({ requests, records });
        } else {
          tally.lookedAtNudges++;
          tally.whenLooking.push({ requests, records });
        }
        if (receipt.nudge) {
          tally.cards++;
          showing = receipt.nudge.id;
          await ask('nudge/plan', { nudgeId: showing }, pageSender('nudge.html', tab));
          answer = answerOf(random);
          answerAt = clock.now() + random.int(10, 90) * 1_000;
        }
        if (showing && clock.now() >= answerAt) {
          const card = pageSender('nudge.html', tab);
          if (answer === 'done') await ask('nudge/done', { nudgeId: showing }, card);
          if (answer === 'not-now') await ask('nudge/dismiss', { nudgeId: showing }, card);
          if (answer === 'snooze') await ask('nudge/snooze', { nudgeId: showing, minutes: 15 }, card);
          if (answer !== 'ignore') showing = null;
          answerAt = Infinity;
        }
        const db = await openTendDB();
        const record = showing ? await db.get('nudges', showing) : undefined;
        db.close();
        // An ignored card times out after 5 minutes, and its tab stops showing it.
        if (record && record.outcome !== 'shown' && record.outcome !== 'acted') showing = null;
      }
      await fakeBrowser.tabs.onRemoved.trigger(tab, { windowId: 1, isWindowClosing: false });
      await advanceTo(clock.now() + random.int(20, 80) * MINUTE);
    }
    vi.restoreAllMocks();
    const heapAfter = heapUsed();
    const mean = (values: number[]) => (values.length ? values.reduce((a, b) => a + b, 0) / values.length : 0);
    const each = (reads: { requests: number; records: number }[]) =>
      `${mean(reads.map((r) => r.requests)).toFixed(1)} requests and ${mean(reads.map((r) => r.records)).toFixed(0)} ` +
      `records read each on average (at most ${Math.max(0, ...reads.map((r) => r.records))} records)`;
    const mb = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(1)} MB`;
    process.stdout.write(
      [
        '',
        `A day of use (${SMOKE ? '1 hour, smoke' : '07:00 to 23:00'}): ${PEOPLE} people, ${MOMENTS} moments, ${PAST_NUDGES.toLocaleString('en')} past nudges`,
        `  reports: ${tally.reports}, cards shown: ${tally.cards}`,
        `  read the counting stores alone (ledger, sitting, today's totals; one transaction): ${tally.countingOnly} reports`,
        `  also looked at recent nudges (a card ended, or a "no" to hear again): ${tally.lookedAtNudges} reports, ` +
          each(tally.whenLooking),
        `  asked the engine for a card: ${tally.decided} reports, ${each(tally.whenDeciding)}`,
        `  heap in use after a full collection: ${mb(heapBefore)} before the day, ${mb(heapAfter)} after ` +
          `(${heapAfter >= heapBefore ? '+' : ''}${mb(heapAfter - heapBefore)}; the fake database shares this heap)`,
        '',
      ].join('\n'),
    );
  }, 600_000);
});
