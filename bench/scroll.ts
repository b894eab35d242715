/**
 * What Tend costs a page while someone scrolls it. In one browser with Tend
 * loaded, runs the same scripted scroll of a heavy feed served at
 * www.instagram.com (where Tend's content script runs) and at example.com
 * (where it does not), alternating, so both variants share the browser,
 * machine and moment. Prints for each:
 *
 * - main-thread task time and script time (CDP Performance metrics),
 * - script time in Tend's own code (CPU profile samples from its URLs),
 * - long tasks (> 50 ms) seen by the page,
 *
 * then the ratio of main-thread time with / without. Budget: no long task
 * added, under 1 % added main-thread time. Figures vary with the machine;
 * compare variants within one run, never across runs.
 *
 *   node bench/scroll.ts [--seconds 30] [--rounds 2] [--posts 3000] [--page-listens]
 *                        [--baseline <built extension dir>] [--control] [--by-function] [--smoke]
 *
 * `--by-function` also prints where Tend's own time went, summed over the
 * counted rounds of this build: each function of the built content script
 * with the opening of its minified source, most first (the wheel listener
 * against the once-a-second tick, say).
 *
 * `--page-listens` gives the feed a passive wheel listener of its own, as
 * every real feed has: then the browser hands wheel events to the page's
 * script whether Tend runs or not, and what remains is Tend's own share.
 * (On the bare feed, Tend's listener is the only reason wheel events reach
 * the page's main thread at all.) `--baseline` measures another build of
 * Tend too, in a second browser, in the same rounds: build it from an
 * earlier commit (`git worktree add /tmp/base <commit> && cd /tmp/base &&
 * npm ci && npx wxt build`) and pass `/tmp/base/.output/chrome-mv3`. The
 * first round of each browser warms it up and is not counted (`--warmup 0`
 * counts it). `--control` runs both variants where Tend does not run, to
 * show how much of a difference is noise. `--smoke` checks that the bench
 * still works, not what it measures: one round of 3 seconds (40 wheel
 * events) over 300 posts unless the other flags say otherwise, the same
 * table, and a non-zero exit when anything fails. Every run fails when
 * Tend's content script is missing where it should run, or present where
 * it should not.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import type { BrowserContext, CDPSession } from 'playwright-core';
import { EXTENSION_DIR } from '../tests/chromium.ts';
import { buildExtension, launchWithTend, median, openProfiled } from './common.ts';
import { heavyFeed } from './heavy-feed.ts';

const { values } = parseArgs({
  options: {
    seconds: { type: 'string' },
    rounds: { type: 'string' },
    posts: { type: 'string' },
    warmup: { type: 'string' },
    baseline: { type: 'string' },
    'page-listens': { type: 'boolean', default: false },
    // Measures the noise floor: both variants on hosts where Tend does not run.
    control: { type: 'boolean', default: false },
    'by-function': { type: 'boolean', default: false },
    smoke: { type: 'boolean', default: false },
  },
});
const SECONDS = Number(values.seconds ?? (values.smoke ? 3 : 30));
const ROUNDS = Number(values.rounds ?? (values.smoke ? 1 : 2));
const POSTS = Number(values.posts ?? (values.smoke ? 300 : 3000));
const WHEEL_EVENTS = values.smoke ? 40 : 400;
const WARMUP = Number(values.warmup ?? (values.smoke ? 0 : 1));

interface Sample {
  taskMs: number;
  scriptMs: number;
  layoutAndStyleMs: number;
  extensionScriptMs: number;
  longTasks: number;
  longTaskMs: number;
  profile: Profile;
}

async function metrics(cdp: CDPSession): Promise<Map<string, number>> {
  const { metrics } = (await cdp.send('Performance.getMetrics')) as { metrics: { name: string; value: number }[] };
  return new Map(metrics.map((metric) => [metric.name, metric.value]));
}

interface ProfileNode {
  id: number;
  callFrame: { url: string; functionName: string; lineNumber: number; columnNumber: number };
}

type Profile = { nodes: ProfileNode[]; samples: number[]; timeDeltas: number[] };

/** Tend's own time per function of its built scripts, as `--by-function` prints it; filled by `measure`. */
const byFunction = new Map<string, number>();

function addByFunction(profile: Profile): void {
  const nodes = new Map(profile.nodes.map((node) => [node.id, node]));
  const sources = new Map<string, string[]>();
  profile.samples.forEach((id, i) => {
    const frame = nodes.get(id)?.callFrame;
    if (!frame?.url.startsWith('chrome-extension://')) return;
    const file = new URL(frame.url).pathname;
    if (!sources.has(file)) sources.set(file, readFileSync(join(EXTENSION_DIR, file), 'utf8').split('\n'));
    const opening = sources.get(file)?.[frame.lineNumber]?.slice(frame.columnNumber, frame.columnNumber + 60) ?? '';
    const key = `${file}:${frame.lineNumber + 1}:${frame.columnNumber + 1} ${opening}`;
    byFunction.set(key, (byFunction.get(key) ?? 0) + (profile.timeDeltas[i] ?? 0) / 1000);
  });
}

/** Milliseconds of samples whose innermost frame is extension code. */
function extensionTime(profile: Profile): number {
  const extensionNodes = new Set(
    profile.nodes.filter((node) => node.callFrame.url.startsWith('chrome-extension://')).map((node) => node.id),
  );
  let micros = 0;
  profile.samples.forEach((node, i) => {
    if (extensionNodes.has(node)) micros += profile.timeDeltas[i] ?? 0;
  });
  return micros / 1000;
}

/** How many worlds of extension content scripts the page has; enabling Runtime announces each existing one. */
async function extensionWorlds(cdp: CDPSession): Promise<number> {
  let worlds = 0;
  const onCreated = ({ context }: { context: { origin: string } }) => {
    if (context.origin.startsWith('chrome-extension://')) worlds++;
  };
  cdp.on('Runtime.executionContextCreated', onCreated);
  await cdp.send('Runtime.enable');
  cdp.off('Runtime.executionContextCreated', onCreated);
  return worlds;
}

const FEED_URL = {
  with: values.control ? 'https://www.example.org/' : 'https://www.instagram.com/',
  without: 'https://example.com/',
} as const;

async function measure(context: BrowserContext, url: string): Promise<Sample> {
  const page = await context.newPage();
  try {
    // In front, drawn and taking input, whatever else the browser opened meanwhile.
    await page.bringToFront();
    await page.addInitScript(() => {
      const tasks: number[] = [];
      (globalThis as unknown as { longTasks: number[] }).longTasks = tasks;
      new PerformanceObserver((list) => {
        for (const entry of list.getEntries()) tasks.push(entry.duration);
      }).observe({ type: 'longtask' });
    });
    const cdp = await openProfiled(context, page, url);
    const before = await metrics(cdp);
    await page.evaluate(() => {
      (globalThis as unknown as { longTasks: number[] }).longTasks.length = 0;
    });
    await cdp.send('Profiler.start');
    const gap = (SECONDS * 1000) / WHEEL_EVENTS;
    const start = Date.now();
    for (let i = 0; i < WHEEL_EVENTS; i++) {
      await page.mouse.wheel(0, 240);
      const due = start + (i + 1) * gap;
      await new Promise((resolve) => setTimeout(resolve, Math.max(0, due - Date.now())));
    }
    const { profile } = (await cdp.send('Profiler.stop')) as { profile: Profile };
    const after = await metrics(cdp);
    const longTasks = await page.evaluate(() => (globalThis as unknown as { longTasks: number[] }).longTasks);
    // Checked after measuring, so the Runtime domain costs neither variant anything.
    const tendRan = (await extensionWorlds(cdp)) > 0;
    const tendExpected = !values.control && url === FEED_URL.with;
    if (tendRan !== tendExpected) {
      throw new Error(
        `Tend's content script ${tendRan ? 'ran' : 'did not run'} at ${url}; the comparison means nothing`,
      );
    }
    const delta = (name: string) => ((after.get(name) ?? 0) - (before.get(name) ?? 0)) * 1000;
    return {
      taskMs: delta('TaskDuration'),
      scriptMs: delta('ScriptDuration'),
      layoutAndStyleMs: delta('LayoutDuration') + delta('RecalcStyleDuration'),
      extensionScriptMs: extensionTime(profile),
      longTasks: longTasks.length,
      longTaskMs: longTasks.reduce((sum, ms) => sum + ms, 0),
      profile,
    };
  } finally {
    await page.close();
  }
}

buildExtension();

const html = heavyFeed(POSTS, { listensToWheels: values['page-listens'] });

/** A build of Tend in a browser of its own, measured where it runs and where it does not. */
interface Build {
  name: string;
  context: BrowserContext;
  close: () => Promise<void>;
  samples: Record<'without' | 'with', Sample[]>;
}

async function launchBuild(name: string, extensionDir?: string): Promise<Build> {
  const { context, close } = await launchWithTend(extensionDir);
  await context.route(/^https:\/\/(www\.instagram\.com|example\.com|www\.example\.org)\//, (route) =>
    route.fulfill({ contentType: 'text/html', body: html }),
  );
  return { name, context, close, samples: { without: [], with: [] } };
}

const builds: Build[] = [];
try {
  builds.push(await launchBuild('this build'));
  if (values.baseline) builds.push(await launchBuild(`baseline (${values.baseline})`, values.baseline));
  for (let round = 1 - WARMUP; round <= ROUNDS; round++) {
    // Alternate which goes first, so a browser warming up or slowing down favours neither.
    const order = round % 2 ? (['without', 'with'] as const) : (['with', 'without'] as const);
    for (const build of round % 2 ? builds : [...builds].reverse()) {
      for (const variant of order) {
        const sample = await measure(build.context, FEED_URL[variant]);
        const label = round < 1 ? 'warm-up' : `round ${round}`;
        if (round >= 1) build.samples[variant].push(sample);
        if (round >= 1 && build === builds[0] && variant === 'with') addByFunction(sample.profile);
        console.log(
          `${label} ${builds.length > 1 ? `${build.name}, ` : ''}${variant.padEnd(7)} task ${sample.taskMs.toFixed(0)} ms, ` +
            `script ${sample.scriptMs.toFixed(0)} ms, layout+style ${sample.layoutAndStyleMs.toFixed(0)} ms, ` +
            `Tend ${sample.extensionScriptMs.toFixed(1)} ms, long tasks ${sample.longTasks} (${sample.longTaskMs.toFixed(0)} ms)`,
        );
      }
    }
  }
} finally {
  for (const build of builds) await build.close();
}

const summary = (samples: Sample[]) => ({
  task: median(samples.map((s) => s.taskMs)),
  script: median(samples.map((s) => s.scriptMs)),
  tend: median(samples.map((s) => s.extensionScriptMs)),
  longTasks: median(samples.map((s) => s.longTasks)),
});
console.log(
  `\n${SECONDS} s scroll, ${WHEEL_EVENTS} trusted wheel events, ${POSTS} posts` +
    `${values['page-listens'] ? ', the feed listening to wheels itself' : ''}, median of ${ROUNDS} rounds`,
);
for (const build of builds) {
  const without = summary(build.samples.without);
  const withTend = summary(build.samples.with);
  const share = (ms: number) => `${((ms / without.task) * 100).toFixed(2)} %`;
  if (builds.length > 1) console.log(`\n${build.name}`);
  console.log(`main-thread task time   without ${without.task.toFixed(0)} ms   with ${withTend.task.toFixed(0)} ms`);
  console.log(
    `script time             without ${without.script.toFixed(0)} ms   with ${withTend.script.toFixed(0)} ms   ` +
      `(added: ${(withTend.script - without.script).toFixed(1)} ms, ${share(withTend.script - without.script)} of main-thread time)`,
  );
  console.log(
    `Tend's own script time  ${withTend.tend.toFixed(1)} ms (${share(withTend.tend)} of the page's main-thread time)`,
  );
  console.log(`long tasks              without ${without.longTasks}   with ${withTend.longTasks}`);
  const ratios = build.samples.with.map(
    (sample, i) => sample.taskMs / (build.samples.without[i]?.taskMs ?? Number.NaN),
  );
  console.log(
    `ratio with / without    ${median(ratios).toFixed(3)} (median of per-round ratios: ${ratios.map((r) => r.toFixed(2)).join(', ')})`,
  );
}
if (values['by-function']) {
  console.log(`\nWhere Tend's own time went in ${builds[0]?.name}, over ${ROUNDS} rounds (file:line:column, opening):`);
  for (const [where, ms] of [...byFunction].sort((a, b) => b[1] - a[1]).slice(0, 15)) {
    console.log(`${ms.toFixed(1).padStart(7)} ms  ${where}`);
  }
}
