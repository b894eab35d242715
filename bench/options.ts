/**
 * How the options page copes with a big circle: 1,000 people and 5,000
 * things they shared, imported as a backup. Prints, as medians over rounds:
 *
 * - time from opening the page until the people list is on screen and usable;
 * - time from typing a search to the list showing its matches;
 * - time to open one person's page with what they shared.
 *
 *   node bench/options.ts [--rounds 3]
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { launchChromium } from '../tests/chromium.ts';
import { buildExtension, median } from './common.ts';

const { values } = parseArgs({ options: { rounds: { type: 'string', default: '3' } } });
const ROUNDS = Number(values.rounds);
const DAY = 86_400_000;
const FIRST = ['Maya', 'Sam', 'Lena', 'Ana', 'Noor', 'Kofi', 'Ines', 'Tomas', 'Yuki', 'Ravi', 'Zoe', 'Omar'];
const LAST = ['Lopez', 'Okafor', 'Schmidt', 'Rossi', 'Haddad', 'Kim', 'Silva', 'Novak', 'Brennan', 'Ito'];

function backup(now: number): string {
  const people = Array.from({ length: 1_000 }, (_, i) => ({
    id: `p${i}`,
    name: `${FIRST[i % FIRST.length]} ${LAST[Math.floor(i / FIRST.length) % LAST.length]} ${i}`,
    channels: i % 3 === 0 ? [{ kind: 'email', value: `friend${i}@example.org` }] : [],
    cadenceDays: [7, 14, 30, null][i % 4] ?? null,
    notes: '',
    lastContactAt: i % 5 === 0 ? null : now - (i % 60) * DAY,
    archived: i % 50 === 0,
    createdAt: now - 200 * DAY,
    updatedAt: now - 200 * DAY,
  }));
  const kinds = ['challenge', 'goal', 'milestone', 'date', 'value', 'news'];
  const day = (offset: number) => new Date(now + offset * DAY).toISOString().slice(0, 10);
  const moments = Array.from({ length: 5_000 }, (_, i) => ({
    id: `m${i}`,
    personId: `p${i % 1_000}`,
    kind: kinds[i % kinds.length],
    text: `something they shared, number ${i}`,
    sharedOn: day(-(i % 90)),
    followUpOn: i % 4 === 0 ? day((i % 20) - 10) : null,
    resolved: i % 7 === 0,
    createdAt: now - 90 * DAY,
    updatedAt: now - 90 * DAY,
  }));
  return JSON.stringify({
    format: 'tend-backup',
    version: 1,
    exportedAt: new Date(now).toISOString(),
    settings: {
      sites: {},
      countIncognito: false,
      thresholdSeconds: 600,
      cooldownMinutes: 20,
      dailyCap: 4,
      quietHours: null,
      pausedUntil: null,
      pausedSites: {},
      customSites: [],
    },
    people,
    moments,
    interactions: [],
    nudges: [],
    days: [],
  });
}

buildExtension();

const interactive: number[] = [];
const search: number[] = [];
const personPage: number[] = [];
for (let round = 1; round <= ROUNDS; round++) {
  const userDataDir = mkdtempSync(join(tmpdir(), 'tend-bench-'));
  const context = await launchChromium(userDataDir, true);
  try {
    const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
    const base = `chrome-extension://${new URL(worker.url()).host}`;
    const setup = await context.newPage();
    await setup.goto(`${base}/popup.html`);
    const reply = (await setup.evaluate(
      (text) => chrome.runtime.sendMessage({ type: 'backup/import', data: { text, mode: 'replace' } }),
      backup(Date.now()),
    )) as { ok: boolean; error?: { message: string } };
    if (!reply.ok) throw new Error(`import failed: ${reply.error?.message}`);

    const page = await context.newPage();
    await page.goto(`${base}/options.html`);
    await page.locator('.people-list li').first().waitFor();
    // From the start of navigation to the list on screen, as the page itself measures it.
    interactive.push(
      await page.evaluate(
        () => new Promise<number>((resolve) => requestAnimationFrame(() => resolve(performance.now()))),
      ),
    );

    for (const query of ['ma', 'lopez 1', 'zoe', 'x']) {
      search.push(
        await page.evaluate(async (text) => {
          const input = document.getElementById('people-search') as HTMLInputElement;
          const list = document.querySelector('.people-list');
          const start = performance.now();
          const changed = new Promise<void>((resolve) => {
            const observer = new MutationObserver(() => {
              observer.disconnect();
              resolve();
            });
            if (list) observer.observe(list, { childList: true, subtree: true });
          });
          input.value = text;
          input.dispatchEvent(new Event('input', { bubbles: true }));
          await changed;
          await new Promise((resolve) => requestAnimationFrame(resolve));
          return performance.now() - start;
        }, query),
      );
    }

    const start = Date.now();
    await page.goto(`${base}/options.html#people/p12`);
    await page.locator('.moments li').first().waitFor();
    personPage.push(Date.now() - start);
    console.log(
      `round ${round}: list usable ${interactive.at(-1)?.toFixed(0)} ms after opening; ` +
        `search ${search
          .slice(-4)
          .map((ms) => ms.toFixed(0))
          .join('/')} ms; a person's page ${personPage.at(-1)} ms`,
    );
  } finally {
    await context.close();
    rmSync(userDataDir, { recursive: true, force: true });
  }
}
console.log(
  `\n1,000 people, 5,000 moments, median of ${ROUNDS}: list usable ${median(interactive).toFixed(0)} ms, ` +
    `search ${median(search).toFixed(0)} ms (slowest ${Math.max(...search).toFixed(0)} ms), ` +
    `a person's page ${median(personPage).toFixed(0)} ms`,
);
