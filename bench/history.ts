/**
 * History and popup with a long past: 100,000 nudges over three years, plus
 * their daily totals. Prints, as medians over rounds: time until Insights
 * shows the first page of history, time for a filter to apply, and time
 * until the popup shows today and its suggestion. Tend may suggest reaching
 * out at any hour here (no waking hours), so the popup has a suggestion
 * whenever the bench runs.
 *
 *   node bench/history.ts [--rounds 3] [--smoke]
 *
 * `--smoke` checks that the bench still works, not what it measures: one
 * round with 2,000 nudges unless `--rounds` says otherwise, the same table,
 * and a non-zero exit when anything fails.
 */
import { parseArgs } from 'node:util';
import type { Page } from 'playwright-core';
import type { DayTotal, NudgeOutcome, NudgeRecord, Person } from '../utils/records/types.ts';
import type { SettingsPatch } from '../utils/settings/settings.ts';
import { buildExtension, extensionOrigin, launchWithTend, median, send, within } from './common.ts';

const { values } = parseArgs({
  options: { rounds: { type: 'string' }, smoke: { type: 'boolean', default: false } },
});
const ROUNDS = Number(values.rounds ?? (values.smoke ? 1 : 3));
const NUDGES = values.smoke ? 2_000 : 100_000;

/** Writes the history straight into the extension's database, which the bench's page shares. */
async function seed(page: Page): Promise<void> {
  await page.evaluate(async (count) => {
    const now = Date.now();
    const sites = ['instagram', 'reddit', 'x', 'youtube', 'tiktok'];
    const outcomes: NudgeOutcome[] = ['done', 'dismissed', 'ignored', 'acted', 'snoozed'];
    const db = await new Promise<IDBDatabase>((resolve, reject) => {
      const open = indexedDB.open('tend');
      open.onsuccess = () => resolve(open.result);
      open.onerror = () => reject(open.error);
    });
    const tx = db.transaction(['nudges', 'people', 'days'], 'readwrite');
    for (let p = 0; p < 50; p++) {
      const person: Person = {
        id: `p${p}`,
        name: `Friend ${p}`,
        channels: [],
        cadenceDays: 14,
        notes: '',
        lastContactAt: now - p * 86_400_000,
        archived: false,
        createdAt: 0,
        updatedAt: 0,
      };
      tx.objectStore('people').put(person);
    }
    const span = 3 * 365 * 86_400_000;
    for (let i = 0; i < count; i++) {
      const at = now - Math.floor((i / count) * span);
      const nudge: NudgeRecord = {
        id: `n${i}`,
        at,
        site: sites[i % sites.length] as string,
        tabId: 1,
        passiveMinutes: 10,
        personId: `p${i % 50}`,
        actionId: 'check-in',
        momentId: null,
        reason: '',
        outcome: outcomes[(i * 7) % outcomes.length] as NudgeOutcome,
        decidedAt: at,
        skipped: [],
        snoozedUntil: null,
      };
      tx.objectStore('nudges').put(nudge);
    }
    for (let d = 0; d < 3 * 365; d++) {
      const date = new Date(now - d * 86_400_000);
      const day = `${date.getFullYear()}-${String(date.getMonth() + 1).padStart(2, '0')}-${String(date.getDate()).padStart(2, '0')}`;
      for (const site of sites) {
        const total: DayTotal = { day, site, passiveMs: 600_000, nudges: 18, connections: 1 };
        tx.objectStore('days').put(total);
      }
    }
    await new Promise((resolve, reject) => {
      tx.oncomplete = resolve;
      tx.onabort = () => reject(tx.error);
    });
    db.close();
  }, NUDGES);
}

/** Milliseconds from this page's navigation until the frame after `selector` appears. */
async function shownAfterOpening(page: Page, selector: string, what: string): Promise<number> {
  await within(60_000, what, page.locator(selector).first().waitFor({ timeout: 0 }));
  return page.evaluate(() => new Promise<number>((resolve) => requestAnimationFrame(() => resolve(performance.now()))));
}

buildExtension();

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
    // Waking hours would leave the popup without a suggestion when the bench runs at night.
    const settings: SettingsPatch = { wakingHours: null };
    await send(setup, 'settings/update', settings);
    await within(120_000, 'seeding the history never finished', seed(setup));
    await setup.close();

    const insights = await context.newPage();
    await insights.goto(`${base}/options.html#insights`);
    firstPage.push(
      await shownAfterOpening(insights, 'table.history tbody tr', 'Insights never showed a page of history'),
    );
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
    popup.push(await shownAfterOpening(pop, '#suggestion-title', 'the popup never showed a suggestion'));
    console.log(
      `round ${round}: first page of history ${firstPage.at(-1)?.toFixed(0)} ms after opening, ` +
        `filter ${filter.at(-1)?.toFixed(0)} ms, popup ${popup.at(-1)?.toFixed(0)} ms`,
    );
  } finally {
    await close();
  }
}
console.log(
  `\n${NUDGES.toLocaleString('en')} nudges, median of ${ROUNDS}: first page of history ${median(firstPage).toFixed(0)} ms, ` +
    `filter applied ${median(filter).toFixed(0)} ms, popup shown ${median(popup).toFixed(0)} ms`,
);
