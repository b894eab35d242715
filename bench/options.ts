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
 *   node bench/options.ts [--rounds 3] [--smoke]
 *
 * `--smoke` checks that the bench still works, not what it measures: one
 * round with 100 people and 500 moments unless `--rounds` says otherwise,
 * the same table, and a non-zero exit when anything fails.
 */
import { parseArgs } from 'node:util';
import { backupOf, dateDaysAgo, daysAgo, recordBuilders } from '../tests/seed.ts';
import type { MomentKind } from '../utils/records/types.ts';
import type { Settings } from '../utils/settings/settings.ts';
import { buildExtension, extensionOrigin, launchWithTend, median, send, within } from './common.ts';

const { values } = parseArgs({
  options: { rounds: { type: 'string' }, smoke: { type: 'boolean', default: false } },
});
const ROUNDS = Number(values.rounds ?? (values.smoke ? 1 : 3));
const PEOPLE = values.smoke ? 100 : 1_000;
const MOMENTS = values.smoke ? 500 : 5_000;
const FIRST = ['Maya', 'Sam', 'Lena', 'Ana', 'Noor', 'Kofi', 'Ines', 'Tomas', 'Yuki', 'Ravi', 'Zoe', 'Omar'];
const LAST = ['Lopez', 'Okafor', 'Schmidt', 'Rossi', 'Haddad', 'Kim', 'Silva', 'Novak', 'Brennan', 'Ito'];
const KINDS: MomentKind[] = ['challenge', 'goal', 'milestone', 'date', 'value', 'news'];

function backup(now: number, settings: Settings): string {
  const { person, moment } = recordBuilders(now);
  const people = Array.from({ length: PEOPLE }, (_, i) =>
    person(`p${i}`, {
      name: `${FIRST[i % FIRST.length]} ${LAST[Math.floor(i / FIRST.length) % LAST.length]} ${i}`,
      channels: i % 3 === 0 ? [{ kind: 'email', value: `friend${i}@example.org` }] : [],
      cadenceDays: [7, 14, 30, null][i % 4] ?? null,
      lastContactAt: i % 5 === 0 ? null : daysAgo(now, i % 60),
      archived: i % 50 === 0,
      createdAt: daysAgo(now, 200),
      updatedAt: daysAgo(now, 200),
    }),
  );
  const moments = Array.from({ length: MOMENTS }, (_, i) =>
    moment(`m${i}`, `p${i % PEOPLE}`, {
      kind: KINDS[i % KINDS.length] ?? 'news',
      text: `something they shared, number ${i}`,
      sharedOn: dateDaysAgo(now, i % 90),
      followUpOn: i % 4 === 0 ? dateDaysAgo(now, 10 - (i % 20)) : null,
      resolved: i % 7 === 0,
      createdAt: daysAgo(now, 90),
      updatedAt: daysAgo(now, 90),
    }),
  );
  return JSON.stringify(backupOf({ exportedAt: now, settings, people, moments }));
}

buildExtension();

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
    await send(setup, 'backup/import', { text: backup(Date.now(), settings), mode: 'replace' });

    const page = await context.newPage();
    await page.goto(`${base}/options.html`);
    await within(
      30_000,
      'the options page never listed the imported people',
      page.locator('.people-list li').first().waitFor({ timeout: 0 }),
    );
    // From the start of navigation to the list on screen, as the page itself measures it.
    interactive.push(
      await page.evaluate(
        () => new Promise<number>((resolve) => requestAnimationFrame(() => resolve(performance.now()))),
      ),
    );

    for (const query of ['ma', 'lopez 1', 'zoe', 'x']) {
      search.push(
        await within(
          10_000,
          `the people list never changed after searching for "${query}"`,
          page.evaluate(async (text) => {
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
console.log(
  `\n${PEOPLE.toLocaleString('en')} people, ${MOMENTS.toLocaleString('en')} moments, median of ${ROUNDS}: list usable ${median(interactive).toFixed(0)} ms, ` +
    `search ${median(search).toFixed(0)} ms (slowest ${Math.max(...search).toFixed(0)} ms), ` +
    `a person's page ${median(personPage).toFixed(0)} ms`,
);
