/** What every benchmark does first, how they talk to Tend, and how they summarise rounds. */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import type { BrowserContext, CDPSession, Page } from 'playwright-core';
import { EXTENSION_DIR, launchChromium, unpackedExtensionId, welcomeTab } from '../tests/chromium.ts';
import type { MessageData, MessageResult, MessageType, Reply } from '../utils/protocol/messages.ts';

/** A production build of the Chrome extension (npm scripts may set NODE_ENV, which would make a dev build). */
export function buildExtension(): void {
  const { NODE_ENV: _mode, ...env } = process.env;
  if (spawnSync('node_modules/.bin/wxt', ['build'], { stdio: 'ignore', env }).status !== 0) {
    throw new Error('wxt build failed');
  }
}

export function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? (sorted[mid] ?? 0) : ((sorted[mid - 1] ?? 0) + (sorted[mid] ?? 0)) / 2;
}

/**
 * `promise`, or an error naming what did not happen after `ms`: a broken
 * page must end a run with a reason, never leave it hanging.
 */
export async function within<T>(ms: number, what: string, promise: Promise<T>): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`${what} (waited ${ms / 1000} s)`)), ms);
  });
  try {
    return await Promise.race([promise, timeout]);
  } finally {
    clearTimeout(timer);
  }
}

/**
 * Headless Chromium with the built extension on a fresh profile. The
 * profile is deleted on `close`, or at once if the launch fails, so a
 * failing run leaves nothing behind in the temp directory.
 */
export async function launchWithTend(
  extensionDir = EXTENSION_DIR,
): Promise<{ context: BrowserContext; close: () => Promise<void> }> {
  const userDataDir = mkdtempSync(join(tmpdir(), 'tend-bench-'));
  const removeProfile = () => rmSync(userDataDir, { recursive: true, force: true });
  let context: BrowserContext;
  try {
    context = await launchChromium(userDataDir, true, { extensionDir });
  } catch (error) {
    removeProfile();
    throw error;
  }
  try {
    await closeWelcome(context, extensionDir);
  } catch (error) {
    await context.close();
    removeProfile();
    throw error;
  }
  return {
    context,
    close: async () => {
      try {
        await context.close();
      } finally {
        removeProfile();
      }
    },
  };
}

/**
 * Waits for the welcome the install opens, and closes it: left in front, it puts the pages a benchmark
 * opens behind it, where Chromium stops drawing them and every wheel event waits about a second for a frame.
 * A baseline built from before Tend had a welcome opens none: for another build than this one, a few
 * seconds without it are enough.
 */
async function closeWelcome(context: BrowserContext, extensionDir: string): Promise<void> {
  const required = resolve(extensionDir) === EXTENSION_DIR;
  const welcome = await welcomeTab(context, extensionDir, required ? 15_000 : 5_000);
  if (!welcome && required) throw new Error('The welcome never opened after the install.');
  await welcome?.close();
}

/** The origin of Tend's pages in the browsers the benchmarks start; a page there wakes the service worker. */
export function extensionOrigin(): string {
  return `chrome-extension://${unpackedExtensionId(EXTENSION_DIR)}`;
}

/** Sends one protocol message from one of Tend's pages, as its own pages do, and fails on a refusal. */
export async function send<K extends MessageType>(
  page: Page,
  type: K,
  data: MessageData<K>,
): Promise<MessageResult<K>> {
  const message = { type, data };
  const reply = (await page.evaluate((m) => chrome.runtime.sendMessage(m), message)) as Reply<K> | undefined;
  if (!reply) throw new Error(`${type}: the background did not answer`);
  if (!reply.ok) throw new Error(`${type} refused: ${reply.error.message}`);
  return reply.value;
}

/**
 * Opens `url` in `page`, waits until the page has settled after loading, and
 * starts Chromium's performance counters and a fine-grained CPU profile, with
 * the mouse over the feed ready to scroll.
 */
export async function openProfiled(context: BrowserContext, page: Page, url: string): Promise<CDPSession> {
  await page.goto(url);
  await within(
    10_000,
    `${url} never went idle after loading`,
    page.evaluate(() => new Promise((resolve) => requestIdleCallback(resolve))),
  );
  const cdp = await context.newCDPSession(page);
  await cdp.send('Performance.enable');
  await cdp.send('Profiler.enable');
  await cdp.send('Profiler.setSamplingInterval', { interval: 100 });
  await page.mouse.move(400, 400);
  return cdp;
}

/**
 * From now on, every page of `context` notes the frame after each selector
 * first matches, as the page sees it: a driver that polls for the element
 * would add its own delay to the figure.
 */
export async function noteFirstFrames(context: BrowserContext, selectors: readonly string[]): Promise<void> {
  await context.addInitScript((watched: readonly string[]) => {
    const noted: Record<string, number> = {};
    Object.defineProperty(window, '__tendFirstFrames', { value: noted });
    const observer = new MutationObserver(() => {
      for (const selector of watched) {
        if (noted[selector] === undefined && document.querySelector(selector)) {
          noted[selector] = Number.NaN;
          requestAnimationFrame(() => {
            noted[selector] = performance.now();
          });
        }
      }
    });
    observer.observe(document, { childList: true, subtree: true });
  }, selectors);
}

/** Milliseconds from the page's navigation to the frame after `selector` first matched (see `noteFirstFrames`). */
export async function firstFrame(page: Page, selector: string, what: string): Promise<number> {
  const frame = await within(
    60_000,
    what,
    page.waitForFunction(
      (watched) => {
        const noted = (window as unknown as { __tendFirstFrames?: Record<string, number> }).__tendFirstFrames;
        const at = noted?.[watched];
        return at !== undefined && !Number.isNaN(at) ? at : null;
      },
      selector,
      { timeout: 0, polling: 100 },
    ),
  );
  return (await frame.jsonValue()) as number;
}
