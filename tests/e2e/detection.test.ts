/**
 * Passive-scroll detection in real Chromium, one test per rule a person would
 * notice (scrolling counts, idling, typing and other tabs do not, a stopped
 * worker or an update loses nothing). Long because each scenario is told in
 * full, with its own feed and its own waits.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { DETECTOR_DEFAULTS, SAMPLE_INTERVAL_MS } from '../../utils/detection/detector';
import { builtInSites } from '../../utils/sites';
import { launchTend, type Tend } from './browser';
import { ContentWorld } from './content-world';
import { lastPassiveAt, passiveMsFor } from './database';
import { idle, leaveFeed, openFeed, settledPassiveMs } from './feed';
import { scrollFor } from './scroll';

let tend: Tend;

beforeEach(async () => {
  tend = await launchTend();
  // The welcome opens as Tend installs, on a busy machine seconds later: in front of a feed mid-scenario it
  // slows the test's own input, so each scenario starts once it has come and gone.
  await tend.closeWelcome();
});

afterEach(async () => {
  await tend.close();
});

describe('passive-scroll detection in Chromium', () => {
  it('runs on every built-in site’s feed fixture', async () => {
    for (const site of builtInSites) {
      const page = await tend.context.newPage();
      await page.goto(`https://${site.hosts[0]}/`);
      expect(await ContentWorld.find(page), site.id).not.toBeNull();
      await page.close();
    }
  });

  it('counts real wheel scrolling on a feed, and no more than the time it took', async () => {
    const { page } = await openFeed(tend, 'https://www.instagram.com/');
    const started = Date.now();
    await scrollFor(page, 6_000);
    const leftAt = await leaveFeed(page);
    const total = await settledPassiveMs(tend, 'instagram', leftAt);
    expect(total).toBeGreaterThan(4_000);
    expect(total).toBeLessThanOrEqual(leftAt - started + 1_000);
  });

  it('counts nothing while the feed is open but nobody scrolls', async () => {
    const { page } = await openFeed(tend, 'https://www.instagram.com/');
    await idle(9_000);
    // A short real scroll shows the script is alive; only it may count.
    await scrollFor(page, 3_000);
    const leftAt = await leaveFeed(page);
    expect(await settledPassiveMs(tend, 'instagram', leftAt)).toBeLessThanOrEqual(4_000);
  });

  it('counts nothing while the person types a comment, even as the page scrolls', async () => {
    const { page } = await openFeed(tend, 'https://www.instagram.com/');
    await page.click('#comment');
    const typingEnds = Date.now() + 9_000;
    while (Date.now() < typingEnds) {
      await page.keyboard.type('So good to see this! ', { delay: 40 });
      await page.mouse.move(300, 400);
      await page.mouse.wheel(0, 200);
    }
    const typedUntil = Date.now();
    // Scrolling resumes; passive time may only start once the typing has been quiet long enough, and ends at
    // most a tick after the click that leaves the feed.
    await scrollFor(page, 8_000);
    const leftAt = await leaveFeed(page);
    const total = await settledPassiveMs(tend, 'instagram', leftAt);
    expect(total).toBeGreaterThan(0);
    expect(total).toBeLessThanOrEqual(leftAt - (typedUntil + DETECTOR_DEFAULTS.typingQuietMs) + 1_000);
  });

  it('stops counting when the person switches to another tab', async () => {
    const { page: feed } = await openFeed(tend, 'https://www.instagram.com/');
    // Let the page follow the browser's real focus instead of Playwright's emulated one.
    const cdp = await tend.context.newCDPSession(feed);
    await cdp.send('Emulation.setFocusEmulationEnabled', { enabled: false });
    const started = Date.now();
    await scrollFor(feed, 3_000);
    const switchedAt = Date.now();
    const other = await tend.context.newPage();
    await other.goto('https://example.com/');
    await other.bringToFront();
    expect(await feed.evaluate(() => document.hasFocus())).toBe(false);
    // Longer than the few seconds a last scroll keeps counting for a person still looking.
    await idle(10_000);
    const total = await passiveMsFor(await tend.inspector(), 'instagram');
    expect(total).toBeGreaterThan(1_000);
    expect(total).toBeLessThanOrEqual(switchedAt - started + 1_000);
  });

  it('never counts one second twice when two tabs scroll feeds at once', async () => {
    const { page: first } = await openFeed(tend, 'https://www.instagram.com/');
    const { page: second } = await openFeed(tend, 'https://www.reddit.com/');
    const started = Date.now();
    await Promise.all([scrollFor(first, 9_000), scrollFor(second, 9_000)]);
    const [leftFirst, leftSecond] = await Promise.all([leaveFeed(first), leaveFeed(second)]);
    await settledPassiveMs(tend, 'instagram', leftFirst);
    await settledPassiveMs(tend, 'reddit', leftSecond);
    const both = await passiveMsFor(await tend.inspector());
    expect(both).toBeGreaterThan(6_000);
    expect(both).toBeLessThanOrEqual(Math.max(leftFirst, leftSecond) - started + 1_000);
  });

  it('stops counting when the page navigates in place from the feed to messages', async () => {
    const { page } = await openFeed(tend, 'https://www.instagram.com/');
    const started = Date.now();
    await scrollFor(page, 4_000);
    const leftAt = await leaveFeed(page);
    expect(new URL(page.url()).pathname).toBe('/direct/inbox/');
    const onFeed = await settledPassiveMs(tend, 'instagram', leftAt);
    expect(onFeed).toBeLessThanOrEqual(leftAt - started + 1_000);
    // Longer than a report interval, so anything counted here would have been reported.
    await scrollFor(page, 8_000);
    expect(await passiveMsFor(await tend.inspector(), 'instagram')).toBe(onFeed);
  });

  it('loses at most one report interval, and counts nothing twice, when the worker is stopped mid-sitting', async () => {
    const { page } = await openFeed(tend, 'https://www.instagram.com/');
    const started = Date.now();
    await scrollFor(page, 6_000);
    await stopServiceWorker(tend);
    await scrollFor(page, 6_000);
    const leftAt = await leaveFeed(page);
    const total = await settledPassiveMs(tend, 'instagram', leftAt);
    const scrolled = leftAt - started;
    expect(total).toBeGreaterThanOrEqual(scrolled - 5_000 - 1_500);
    expect(total).toBeLessThanOrEqual(scrolled + 1_000);
  });

  it('leaves one live content script and no errors when the extension is updated with a tab open', async () => {
    const { page } = await openFeed(tend, 'https://www.instagram.com/');
    const errors = await collectErrors(page);
    await scrollFor(page, 2_000);
    await tend.update();
    // The new version restarts its content script in the open tab; the old one stops.
    await expect.poll(() => liveContentScripts(page), { timeout: 10_000 }).toBe(1);
    const inspector = await tend.inspector();
    const before = await lastPassiveAt(inspector, 'instagram');
    await scrollFor(page, 3_000);
    const leftAt = await leaveFeed(page);
    await settledPassiveMs(tend, 'instagram', leftAt);
    expect(await lastPassiveAt(inspector, 'instagram')).toBeGreaterThan(before);
    expect(await liveContentScripts(page)).toBe(1);
    expect(errors).toEqual([]);
  });

  it('counts nothing for wheel, scroll and key events the page dispatches itself', async () => {
    const { page } = await openFeed(tend, 'https://www.instagram.com/');
    await page.evaluate(async () => {
      const end = performance.now() + 9_000;
      while (performance.now() < end) {
        window.dispatchEvent(new WheelEvent('wheel', { deltaY: 120, bubbles: true }));
        document.dispatchEvent(new Event('scroll', { bubbles: true }));
        document.body.dispatchEvent(new PointerEvent('pointerdown', { bubbles: true }));
        window.dispatchEvent(new Event('scroll'));
        document.body.dispatchEvent(new KeyboardEvent('keydown', { key: 'PageDown', bubbles: true }));
        window.scrollBy(0, 40);
        await new Promise((resolve) => setTimeout(resolve, 100));
      }
    });
    const realScrollFrom = Date.now();
    await scrollFor(page, 3_000);
    const leftAt = await leaveFeed(page);
    const total = await settledPassiveMs(tend, 'instagram', leftAt);
    expect(total).toBeGreaterThan(0);
    // Only the real scrolling counts (the 9 s before it would show): at most the time from its start to the tick
    // that notices the feed's in-place move to messages, which a `pushState` does not announce.
    expect(total).toBeLessThanOrEqual(leftAt - realScrollFrom + SAMPLE_INTERVAL_MS);
  });
});

/** Stops the extension's service worker, as the browser does when it is idle or under memory pressure. */
async function stopServiceWorker(tend: Tend): Promise<void> {
  const page = await tend.inspector();
  const cdp = await tend.context.newCDPSession(page);
  const versions: { versionId: string; scriptURL: string; runningStatus: string }[] = [];
  const stopped = new Promise<void>((resolve) => {
    cdp.on('ServiceWorker.workerVersionUpdated', (event: { versions: typeof versions }) => {
      versions.push(...event.versions);
      if (event.versions.some((v) => v.scriptURL.includes(tend.extensionId) && v.runningStatus === 'stopped'))
        resolve();
    });
  });
  await cdp.send('ServiceWorker.enable');
  await expect.poll(() => versions.some((v) => v.scriptURL.includes(tend.extensionId))).toBe(true);
  const running = versions.find((v) => v.scriptURL.includes(tend.extensionId) && v.runningStatus === 'running');
  if (!running) throw new Error('the extension’s service worker is not running');
  await cdp.send('ServiceWorker.stopWorker', { versionId: running.versionId });
  await stopped;
  await cdp.detach();
}

/** Errors and uncaught exceptions in any world of the page, Tend's content script included. */
async function collectErrors(page: import('playwright-core').Page): Promise<string[]> {
  const errors: string[] = [];
  const cdp = await page.context().newCDPSession(page);
  cdp.on('Runtime.exceptionThrown', (event: { exceptionDetails: { text: string } }) => {
    errors.push(event.exceptionDetails.text);
  });
  cdp.on('Runtime.consoleAPICalled', (event: { type: string; args: { value?: unknown; description?: string }[] }) => {
    if (event.type === 'error') errors.push(event.args.map((arg) => String(arg.value ?? arg.description)).join(' '));
  });
  cdp.on('Log.entryAdded', (event: { entry: { level: string; text: string; url?: string } }) => {
    // The fixture server refuses requests nobody asked for (favicons); those are not Tend's.
    if (event.entry.level === 'error' && !event.entry.text.includes('ERR_BLOCKED_BY_CLIENT')) {
      errors.push(event.entry.text);
    }
  });
  await cdp.send('Runtime.enable');
  await cdp.send('Log.enable');
  return errors;
}

/** How many of Tend's content script worlds in the page still have a live connection to the extension. */
async function liveContentScripts(page: import('playwright-core').Page): Promise<number> {
  const cdp = await page.context().newCDPSession(page);
  const contexts: { id: number; name: string; auxData?: { type?: string } }[] = [];
  cdp.on('Runtime.executionContextCreated', ({ context }: { context: (typeof contexts)[number] }) => {
    contexts.push(context);
  });
  await cdp.send('Runtime.enable');
  let live = 0;
  for (const context of contexts.filter((c) => c.name === 'Tend' && c.auxData?.type === 'isolated')) {
    const { result } = (await cdp.send('Runtime.evaluate', {
      expression: 'typeof chrome.runtime?.id === "string"',
      contextId: context.id,
      returnByValue: true,
    })) as { result: { value: boolean } };
    if (result.value) live++;
  }
  await cdp.detach();
  return live;
}
