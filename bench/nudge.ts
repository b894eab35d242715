/**
 * How fast a nudge appears and what mounting it costs the page. For each
 * round: a fresh browser with Tend, one person, a 10-second threshold and a
 * heavy feed at www.instagram.com; scroll until a report triggers a nudge,
 * then stop and wait for the card. Prints, per round and as medians:
 *
 * - decision → visible: from the background's decision (the nudge's time in
 *   the database) to the card showing its suggestion (a performance mark the
 *   card sets once painted), and the part of it before the iframe was in the
 *   page;
 * - what the page's main thread did from the end of scrolling until the card
 *   was visible (the wait for the next report, up to 5 s, included): task and
 *   script time, Tend's own script time in it (CPU profile samples from its
 *   URLs), and long tasks.
 *
 * Tend may suggest reaching out at any hour here (no waking hours), so the
 * bench works whenever it runs.
 *
 *   node bench/nudge.ts [--rounds 5] [--smoke]
 *
 * `--smoke` checks that the bench still works, not what it measures: one
 * round over a 500-post feed unless `--rounds` says otherwise, the same
 * table, and a non-zero exit when anything fails. Scrolling still has to
 * pass the shortest threshold Tend allows, so a round takes some 20 seconds.
 */
import { parseArgs } from 'node:util';
import type { CDPSession, Frame, Page } from 'playwright-core';
import type { SettingsPatch } from '../utils/settings/settings.ts';
import { buildExtension, extensionOrigin, launchWithTend, median, openProfiled, send, within } from './common.ts';
import { heavyFeed } from './heavy-feed.ts';

const { values } = parseArgs({
  options: { rounds: { type: 'string' }, smoke: { type: 'boolean', default: false } },
});
const ROUNDS = Number(values.rounds ?? (values.smoke ? 1 : 5));
const POSTS = values.smoke ? 500 : 3000;

const isCard = (frame: Frame) => /^chrome-extension:\/\/[^/]+\/nudge\.html#/.test(frame.url());

/** The card's frame, once it is on the page: it sits in a closed shadow root, so it is found among the page's frames. */
function cardFrame(page: Page): Promise<Frame> {
  const shown = page.frames().find(isCard);
  return shown ? Promise.resolve(shown) : page.waitForEvent('framenavigated', { predicate: isCard, timeout: 0 });
}

async function metrics(cdp: CDPSession): Promise<Map<string, number>> {
  const { metrics } = (await cdp.send('Performance.getMetrics')) as { metrics: { name: string; value: number }[] };
  return new Map(metrics.map((metric) => [metric.name, metric.value]));
}

interface Round {
  longTasks: number;
  decisionToVisibleMs: number;
  decisionToMountMs: number;
  taskMs: number;
  scriptMs: number;
  tendScriptMs: number;
}

async function round(html: string): Promise<Round> {
  const { context, close } = await launchWithTend();
  try {
    await context.route('https://www.instagram.com/**', (route) =>
      route.fulfill({ contentType: 'text/html', body: html }),
    );
    const origin = extensionOrigin();
    const setup = await context.newPage();
    await setup.goto(`${origin}/options.html`);
    // Waking hours would hold the nudge back when the bench runs at night.
    const settings: SettingsPatch = { thresholdSeconds: 10, cooldownMinutes: 0, wakingHours: null };
    await send(setup, 'settings/update', settings);
    await send(setup, 'people/save', { name: 'Maya', callName: '', channels: [], cadenceDays: 14, notes: '' });

    const page = await context.newPage();
    await page.addInitScript(() => {
      new MutationObserver((mutations) => {
        for (const mutation of mutations) {
          for (const node of mutation.addedNodes) {
            // The card's frame is in a closed shadow root: the page sees only its host, pinned above everything.
            if (node instanceof HTMLElement && node.style.zIndex === '2147483647') {
              (globalThis as unknown as { mountedAt: number }).mountedAt = Date.now();
            }
          }
        }
      }).observe(document, { childList: true, subtree: true });
      const longTasks: number[] = [];
      (globalThis as unknown as { longTasks: number[] }).longTasks = longTasks;
      new PerformanceObserver((list) => {
        for (const entry of list.getEntries()) longTasks.push(entry.startTime);
      }).observe({ type: 'longtask' });
    });
    const cdp = await openProfiled(context, page, 'https://www.instagram.com/');
    // Scroll past the threshold, then stop: the next report (within 5 s) brings the nudge.
    for (let i = 0; i < 60; i++) {
      await page.mouse.wheel(0, 240);
      await new Promise((resolve) => setTimeout(resolve, 200));
    }
    const before = await metrics(cdp);
    const waitStartedAt = await page.evaluate(() => performance.now());
    await cdp.send('Profiler.start');
    const frame = await within(30_000, 'no nudge card appeared after scrolling past the threshold', cardFrame(page));
    const paintedAt = await within(
      10_000,
      'the nudge card never marked its suggestion as shown (tend-card-shown)',
      frame.evaluate(
        () =>
          new Promise<number>((resolve) => {
            new PerformanceObserver((list) => {
              const mark = list.getEntries().find((entry) => entry.name === 'tend-card-shown');
              if (mark) resolve(performance.timeOrigin + mark.startTime);
            }).observe({ type: 'mark', buffered: true });
          }),
      ),
    );
    const { profile } = (await cdp.send('Profiler.stop')) as {
      profile: { nodes: { id: number; callFrame: { url: string } }[]; samples: number[]; timeDeltas: number[] };
    };
    const after = await metrics(cdp);
    const mountedAt = await page.evaluate(() => (globalThis as unknown as { mountedAt?: number }).mountedAt);
    if (mountedAt === undefined) throw new Error('the card never arrived as a new element in the page');
    const longTasks = await page.evaluate(
      (since) => (globalThis as unknown as { longTasks: number[] }).longTasks.filter((start) => start >= since).length,
      waitStartedAt,
    );
    const nudges = (await setup.evaluate(async () => {
      const db = await new Promise<IDBDatabase>((resolve, reject) => {
        const open = indexedDB.open('tend');
        open.onsuccess = () => resolve(open.result);
        open.onerror = () => reject(open.error);
      });
      return new Promise<{ at: number }[]>((resolve, reject) => {
        const all = db.transaction('nudges').objectStore('nudges').getAll();
        all.onsuccess = () => resolve(all.result);
        all.onerror = () => reject(all.error);
      });
    })) as { at: number }[];
    const decidedAt = nudges[0]?.at;
    if (decidedAt === undefined) throw new Error('a card is showing, but no nudge was recorded');
    const extensionNodes = new Set(
      profile.nodes.filter((node) => node.callFrame.url.startsWith('chrome-extension://')).map((node) => node.id),
    );
    let tendMicros = 0;
    profile.samples.forEach((node, i) => {
      if (extensionNodes.has(node)) tendMicros += profile.timeDeltas[i] ?? 0;
    });
    const delta = (name: string) => ((after.get(name) ?? 0) - (before.get(name) ?? 0)) * 1000;
    return {
      longTasks,
      decisionToVisibleMs: paintedAt - decidedAt,
      decisionToMountMs: mountedAt - decidedAt,
      taskMs: delta('TaskDuration'),
      scriptMs: delta('ScriptDuration'),
      tendScriptMs: tendMicros / 1000,
    };
  } finally {
    await close();
  }
}

buildExtension();
const html = heavyFeed(POSTS);
const rounds: Round[] = [];
for (let i = 1; i <= ROUNDS; i++) {
  const r = await round(html);
  rounds.push(r);
  console.log(
    `round ${i}: decision → iframe in page ${r.decisionToMountMs.toFixed(0)} ms, → card painted ${r.decisionToVisibleMs.toFixed(0)} ms; ` +
      `page main thread meanwhile: task ${r.taskMs.toFixed(1)} ms, script ${r.scriptMs.toFixed(1)} ms, ` +
      `Tend ${r.tendScriptMs.toFixed(1)} ms, long tasks ${r.longTasks}`,
  );
}
const m = (key: keyof Round) => median(rounds.map((r) => r[key])).toFixed(1);
console.log(
  `\nmedian of ${ROUNDS}: decision → iframe in page ${m('decisionToMountMs')} ms, → card painted ${m('decisionToVisibleMs')} ms`,
);
console.log(
  `page main thread from the end of scrolling to the visible card: task ${m('taskMs')} ms, ` +
    `script ${m('scriptMs')} ms, of it Tend's own code ${m('tendScriptMs')} ms; long tasks ${m('longTasks')}`,
);
