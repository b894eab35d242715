/**
 * History and popup with a long past: 100,000 nudges over three years, plus
 * their daily totals. Prints, as medians over rounds: time until Insights
 * shows the first page of history, time for a filter to apply, and time
 * until the popup shows today.
 *
 *   node bench/history.ts [--rounds 3]
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import type { Page } from 'playwright-core';
import { launchChromium } from '../tests/chromium.ts';
import { buildExtension, median } from './common.ts';

const { values } = parseArgs({ options: { rounds: { type: 'string', default: '3' } } });
const ROUNDS = Number(values.rounds);
const NUDGES = 100_000;

/** Writes the history straight into the extension's database, which the bench's page shares. */
async function seed(page: Page): Promise<void> {
  await page.evaluate(async (count) => {
    const now = Date.now();
    const sites = ['instagram', 'reddit', 'x', 'youtube', 'tiktok'];
    const outcomes = ['done', 'dismissed', 'ignored', 'acted', 'snoozed'];
    const db = await new Promise<IDBDatabase>((resolve) => {
      const open = indexedDB.open('tend');
      open.onsuccess = () => resolve(open.result);
    });
    const tx = db.transaction(['nudges', 'people', 'days'], 'readwrite');
    for (let p = 0; p < 50; p++) {
      tx.objectStore('people').put({
        id: `p${p}`,
        name: `Friend ${p}`,
        channels: [],
        cadenceDays: 14,
        notes: '',
        lastContactAt: now - p * 86_400_000,
        archived: false,
        createdAt: 0,
        updatedAt: 0,
      });
    }
    const span = 3 * 365 * 86_400_000;
    for (let i = 0; i < count; i++) {
      const at = now - Math.floor((i / count) * span);
      tx.objectStore('nudges').put({
        id: `n${i}`,
        at,
        site: sites[i % sites.length],
        tabId: 1,
        passiveMinutes: 10,
        personId: `p${i % 50}`,
        actionId: 'check-in',
        momentId: null,
        reason: '',
        outcome: outcomes[(i * 7) % outcomes.length],
        decidedAt: at,
        skipped: [],
        snoozedUntil: null,
      });
    }
    for (let d = 0; d < 3 * 365; d++) {
      const date = new Date(now - d * 86_400_000);
      const day = `${date.getFullYear()}-${String(date.getMonth() + 1).padStart(2, '0')}-${String(date.getDate()).padStart(2, '0')}`;
      for (const site of sites) {
        tx.objectStore('days').put({ day, site, passiveMs: 600_000, nudges: 18, connections: 1 });
      }
    }
    await new Promise((resolve) => {
      tx.oncomplete = resolve;
    });
    db.close();
  }, NUDGES);
}

/** Milliseconds from this page's navigation until the frame after `selector` appears. */
async function shownAfterOpening(page: Page, selector: string): Promise<number> {
  await page.locator(selector).first().waitFor({ timeout: 60_000 });
  return page.evaluate(() => new Promise<number>((resolve) => requestAnimationFrame(() => resolve(performance.now()))));
}

buildExtension();

const firstPage: number[] = [];
const filter: number[] = [];
const popup: number[] = [];
for (let round = 1; round <= ROUNDS; round++) {
  const userDataDir = mkdtempSync(join(tmpdir(), 'tend-bench-'));
  const context = await launchChromium(userDataDir, true);
  try {
    const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
    const base = `chrome-extension://${new URL(worker.url()).host}`;
    const setup = await context.newPage();
    await setup.goto(`${base}/popup.html`);
    await setup.locator('[data-figure="passive"]').waitFor();
    await seed(setup);
    await setup.close();

    const insights = await context.newPage();
    await insights.goto(`${base}/options.html#insights`);
    firstPage.push(await shownAfterOpening(insights, 'table.history tbody tr'));
    filter.push(
      await insights.evaluate(async () => {
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
    );

    const pop = await context.newPage();
    await pop.goto(`${base}/popup.html`);
    popup.push(await shownAfterOpening(pop, '.popup-suggestion h2'));
    console.log(
      `round ${round}: first page of history ${firstPage.at(-1)?.toFixed(0)} ms after opening, ` +
        `filter ${filter.at(-1)?.toFixed(0)} ms, popup ${popup.at(-1)?.toFixed(0)} ms`,
    );
  } finally {
    await context.close();
    rmSync(userDataDir, { recursive: true, force: true });
  }
}
console.log(
  `\n${NUDGES.toLocaleString('en')} nudges, median of ${ROUNDS}: first page of history ${median(firstPage).toFixed(0)} ms, ` +
    `filter applied ${median(filter).toFixed(0)} ms, popup shown ${median(popup).toFixed(0)} ms`,
);
