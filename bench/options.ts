/**
 * How the options page copes with a big circle: 1,000 people and 5,000
 * things they shared, imported as a backup. Prints, as medians over rounds:
 *
 * - time from opening the page until the people list is on screen and usable;
 * - time from typing a search to the list showing its matches;
 * - time to open one person's page with what they shared.
 *
 * The backup's settings are Tend's defaults, so the import accepts them
 * whatever fields Tend has gained since this was written.
 *
 *   node bench/options.ts [--rounds 3] [--smoke] [--people 1000] [--moments 5000]
 *
 * `--people` and `--moments` take a comma-separated list of sizes too
 * (`--people 1000,10000 --moments 5000,50000`): the bench runs each size in
 * turn and ends with how each figure grew from the first to the last.
 *
 * `--smoke` checks that the bench still works, not what it measures: one
 * round with 100 people and 500 moments unless told otherwise, the same
 * table, and a non-zero exit when anything fails.
 */
import { parseArgs } from 'node:util';
import { backupOf } from '../tests/seed.ts';
import type { Settings } from '../utils/settings/settings.ts';
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
    people: { type: 'string' },
    moments: { type: 'string' },
  },
});
const ROUNDS = Number(values.rounds ?? (values.smoke ? 1 : 3));
const SIZES = sizesFrom(values, values.smoke ? { people: 100, moments: 500 } : { people: 1_000, moments: 5_000 });

function backup(now: number, settings: Settings, size: Size): string {
  return JSON.stringify(backupOf({ exportedAt: now, settings, ...circle(now, size) }));
}

buildExtension();

interface Figures {
  interactive: number;
  search: number;
  slowestSearch: number;
  personPage: number;
}

async function measure(size: Size): Promise<Figures> {
  const interactive: number[] = [];
  const search: number[] = [];
  const personPage: number[] = [];
  for (let round = 1; round <= ROUNDS; round++) {
    const { context, close } = await launchWithTend();
    try {
      const base = extensionOrigin();
      const setup = await context.newPage();
      await setup.goto(`${base}/popup.html`);
      // The fresh profile's own settings, so the backup can never lag behind the fields Tend requires.
      const settings = await send(setup, 'settings/get', {});
      await send(setup, 'backup/import', { text: backup(Date.now(), settings, size), mode: 'replace' });

      await noteFirstFrames(context, ['.people-list li']);
      const page = await context.newPage();
      await page.goto(`${base}/options.html`);
      // From the start of navigation to the frame after the list is on screen, as the page itself measures it.
      interactive.push(await firstFrame(page, '.people-list li', 'the options page never listed the imported people'));

      for (const query of ['ma', 'lopez 1', 'zoe', 'x']) {
        search.push(
          await within(
            10_000,
            `the people list never showed the result of searching for "${query}"`,
            page.evaluate(async (text) => {
              const input = document.getElementById('people-search') as HTMLInputElement;
              // The list and the count of matches above it: a search whose first matches are the rows already
              // shown changes the count alone. Done once the page shows a result, not that it is searching.
              const section = document.querySelector('.people-list')?.closest('section');
              const status = section?.querySelector('[role="status"]');
              const start = performance.now();
              const changed = new Promise<void>((resolve) => {
                const observer = new MutationObserver(() => {
                  if (status?.textContent?.startsWith('Searching')) return;
                  observer.disconnect();
                  resolve();
                });
                if (section) observer.observe(section, { childList: true, subtree: true, characterData: true });
              });
              input.value = text;
              input.dispatchEvent(new Event('input', { bubbles: true }));
              await changed;
              await new Promise((resolve) => requestAnimationFrame(resolve));
              return performance.now() - start;
            }, query),
          ),
        );
      }

      const start = Date.now();
      await page.goto(`${base}/options.html#people/p12`);
      await within(
        30_000,
        "a person's page never showed what they shared",
        page.locator('.moments li').first().waitFor({ timeout: 0 }),
      );
      personPage.push(Date.now() - start);
      console.log(
        `round ${round}: list usable ${interactive.at(-1)?.toFixed(0)} ms after opening; ` +
          `search ${search
            .slice(-4)
            .map((ms) => ms.toFixed(0))
            .join('/')} ms; a person's page ${personPage.at(-1)} ms`,
      );
    } finally {
      await close();
    }
  }
  const figures = {
    interactive: median(interactive),
    search: median(search),
    slowestSearch: Math.max(...search),
    personPage: median(personPage),
  };
  console.log(
    `\n${sizeLabel(size)}, median of ${ROUNDS}: list usable ${figures.interactive.toFixed(0)} ms, ` +
      `search ${figures.search.toFixed(0)} ms (slowest ${figures.slowestSearch.toFixed(0)} ms), ` +
      `a person's page ${figures.personPage.toFixed(0)} ms\n`,
  );
  return figures;
}

const results: Figures[] = [];
for (const size of SIZES) results.push(await measure(size));
const growth = growthLine(SIZES, [
  { name: 'list usable', ms: results.map((r) => r.interactive) },
  { name: 'search', ms: results.map((r) => r.search) },
  { name: 'slowest search', ms: results.map((r) => r.slowestSearch) },
  { name: "a person's page", ms: results.map((r) => r.personPage) },
]);
if (growth) console.log(growth);
