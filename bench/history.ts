/**
 * History and popup with a long past: 100,000 nudges over three years, plus
 * their daily totals, about a circle of 50 people and 250 things they
 * shared (some due today, so the popup always has a suggestion). Prints,
 * as medians over rounds: time until Insights shows the first page of
 * history, time for a filter to apply, and time until the popup shows
 * today and its suggestion. Tend may suggest reaching out at any hour here
 * (no waking hours), so the popup has a suggestion whenever the bench runs.
 *
 *   node bench/history.ts [--rounds 3] [--smoke] [--nudges 100000] [--people 50] [--moments 250]
 *
 * `--people` and `--moments` take a comma-separated list of sizes too
 * (`--people 50,10000 --moments 250,50000`): the bench runs each size in
 * turn and ends with how each figure grew from the first to the last.
 *
 * `--smoke` checks that the bench still works, not what it measures: one
 * round with 2,000 nudges unless told otherwise, the same table, and a
 * non-zero exit when anything fails.
 */
import { parseArgs } from 'node:util';
import type { Page } from 'playwright-core';
import { backupOf, dateDaysAgo, daysAgo, recordBuilders } from '../tests/seed.ts';
import type { DayTotal, NudgeOutcome, NudgeRecord } from '../utils/records/types.ts';
import { circle, growthLine, type Size, sizeLabel, sizesFrom } from './circle.ts';
import {
  buildExtension,
  extensionOrigin,
  firstFrame,
  launchWithTend,
  median,
  noteFirstFrames,
  send,
  within,
} from './common.ts';

const { values } = parseArgs({
  options: {
    rounds: { type: 'string' },
    smoke: { type: 'boolean', default: false },
    nudges: { type: 'string' },
    people: { type: 'string' },
    moments: { type: 'string' },
  },
});
const ROUNDS = Number(values.rounds ?? (values.smoke ? 1 : 3));
const NUDGES = Number(values.nudges ?? (values.smoke ? 2_000 : 100_000));
const SIZES = sizesFrom(values, { people: 50, moments: 250 });

const SITES = ['instagram', 'reddit', 'x', 'youtube', 'tiktok'];
const OUTCOMES: NudgeOutcome[] = ['done', 'dismissed', 'ignored', 'acted', 'snoozed'];
const YEARS_OF_DAYS = 3 * 365;

/** `NUDGES` nudges about the circle's people spread evenly over three years, and each site's total on every one of those days. */
function history(now: number, people: number): { nudges: NudgeRecord[]; days: DayTotal[] } {
  const { nudge, dayTotal } = recordBuilders(now);
  const span = now - daysAgo(now, YEARS_OF_DAYS);
  const nudges = Array.from({ length: NUDGES }, (_, i) => {
    const at = now - Math.floor((i / NUDGES) * span);
    return nudge(`n${i}`, {
      at,
      site: SITES[i % SITES.length] ?? 'instagram',
      personId: `p${i % people}`,
      outcome: OUTCOMES[(i * 7) % OUTCOMES.length] ?? 'done',
    });
  });
  const days = Array.from({ length: YEARS_OF_DAYS }, (_, d) => dateDaysAgo(now, d)).flatMap((day) =>
    SITES.map((site) => dayTotal(day, site, { passiveMs: 600_000, nudges: 18, connections: 1 })),
  );
  return { nudges, days };
}

/** Records per page.evaluate: a whole history in one message would be tens of megabytes. */
const CHUNK = 10_000;

/**
 * Writes the history straight into the extension's database, which the
 * bench's page shares: a backup of this size is over the import's limit.
 * The people and what they shared come in as a backup, as a user's would.
 */
async function seed(page: Page, now: number, size: Size): Promise<void> {
  // The fresh profile's own settings, so the backup can never lag behind the fields Tend requires;
  // no waking hours, which would leave the popup without a suggestion when the bench runs at night.
  const settings = { ...(await send(page, 'settings/get', {})), wakingHours: null };
  const text = JSON.stringify(backupOf({ exportedAt: now, settings, ...circle(now, size) }));
  await send(page, 'backup/import', { text, mode: 'replace' });
  const { nudges, days } = history(now, size.people);
  // Written past Tend's writers, the history comes with what those writers keep about it: the recent cards
  // (`db/recent-cards.ts`), every card of the last fifteen days. A row reaching less far back than the engine
  // looks would be made again from the index by the first ask.
  const since = daysAgo(now, 15);
  const recentCards = { id: 'recent-cards', since, cards: nudges.filter((nudge) => nudge.at >= since) };
  for (const [store, records] of Object.entries({ nudges, days, meta: [recentCards] })) {
    for (let start = 0; start < records.length; start += CHUNK) {
      const json = JSON.stringify(records.slice(start, start + CHUNK));
      await page.evaluate(
        async ([name, text]) => {
          const db = await new Promise<IDBDatabase>((resolve, reject) => {
            const open = indexedDB.open('tend');
            open.onsuccess = () => resolve(open.result);
            open.onerror = () => reject(open.error);
          });
          const tx = db.transaction(name, 'readwrite');
          for (const record of JSON.parse(text) as unknown[]) tx.objectStore(name).put(record);
          await new Promise((resolve, reject) => {
            tx.oncomplete = resolve;
            tx.onabort = () => reject(tx.error);
          });
          db.close();
        },
        [store, json] as const,
      );
    }
  }
}

buildExtension();

interface Figures {
  firstPage: number;
  filter: number;
  popup: number;
}

async function measure(size: Size): Promise<Figures> {
  const firstPage: number[] = [];
  const filter: number[] = [];
  const popup: number[] = [];
  for (let round = 1; round <= ROUNDS; round++) {
    const { context, close } = await launchWithTend();
    try {
      const base = extensionOrigin();
      const setup = await context.newPage();
      await setup.goto(`${base}/popup.html`);
      // The popup has opened Tend's database by the time it shows today's figures.
      await within(
        30_000,
        "the popup never showed today's figures",
        setup.locator('[data-figure="passive"]').waitFor({ timeout: 0 }),
      );
      await within(300_000, 'seeding the history never finished', seed(setup, Date.now(), size));
      await setup.close();
      await noteFirstFrames(context, ['table.history tbody tr', '#suggestion-title']);

      const insights = await context.newPage();
      await insights.goto(`${base}/options.html#insights`);
      firstPage.push(await firstFrame(insights, 'table.history tbody tr', 'Insights never showed a page of history'));
      filter.push(
        await within(
          30_000,
          'the history never changed after filtering by outcome',
          insights.evaluate(async () => {
            const select = document.getElementById('history-outcome') as HTMLSelectElement;
            const body = document.querySelector('table.history tbody');
            const start = performance.now();
            const changed = new Promise<void>((resolve) => {
              const observer = new MutationObserver(() => {
                observer.disconnect();
                resolve();
              });
              if (body) observer.observe(body, { childList: true, subtree: true, characterData: true });
            });
            select.value = 'ignored';
            select.dispatchEvent(new Event('change', { bubbles: true }));
            await changed;
            await new Promise((resolve) => requestAnimationFrame(resolve));
            return performance.now() - start;
          }),
        ),
      );

      const pop = await context.newPage();
      await pop.goto(`${base}/popup.html`);
      popup.push(await firstFrame(pop, '#suggestion-title', 'the popup never showed a suggestion'));
      console.log(
        `round ${round}: first page of history ${firstPage.at(-1)?.toFixed(0)} ms after opening, ` +
          `filter ${filter.at(-1)?.toFixed(0)} ms, popup ${popup.at(-1)?.toFixed(0)} ms`,
      );
    } finally {
      await close();
    }
  }
  const figures = { firstPage: median(firstPage), filter: median(filter), popup: median(popup) };
  console.log(
    `\n${NUDGES.toLocaleString('en')} nudges, ${sizeLabel(size)}, median of ${ROUNDS}: ` +
      `first page of history ${figures.firstPage.toFixed(0)} ms, filter applied ${figures.filter.toFixed(0)} ms, ` +
      `popup shown ${figures.popup.toFixed(0)} ms\n`,
  );
  return figures;
}

const results: Figures[] = [];
for (const size of SIZES) results.push(await measure(size));
const growth = growthLine(SIZES, [
  { name: 'first page of history', ms: results.map((r) => r.firstPage) },
  { name: 'filter', ms: results.map((r) => r.filter) },
  { name: 'popup', ms: results.map((r) => r.popup) },
]);
if (growth) console.log(growth);
