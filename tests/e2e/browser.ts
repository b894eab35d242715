import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { type BrowserContext, chromium, type Page, type Worker } from 'playwright-core';
import { builtInSites } from '../../utils/sites';

export const EXTENSION_DIR = resolve('.output/chrome-mv3');

/** Debian's Chromium by default; CHROME_PATH picks another. Never skipped: no browser is an error. */
export function chromiumPath(): string {
  const path = process.env.CHROME_PATH ?? '/usr/bin/chromium';
  if (!existsSync(path)) {
    throw new Error(
      `No Chromium at ${path}. The browser tests need one: install Debian's (apt-get install chromium) or set CHROME_PATH.`,
    );
  }
  return path;
}

function fixture(name: string): string {
  return readFileSync(resolve('tests/fixtures', name), 'utf8');
}

/** Serves each built-in site's fixture at the site's real hosts, an unrelated page at example.com, and nothing else. */
async function serveFixtures(context: BrowserContext): Promise<void> {
  // Registered first so it runs last: any web request no fixture answers fails.
  await context.route(
    (url) => url.protocol === 'http:' || url.protocol === 'https:',
    (route) => route.abort('blockedbyclient'),
  );
  await context.route('https://example.com/**', (route) =>
    route.fulfill({ contentType: 'text/html', body: fixture('unrelated.html') }),
  );
  for (const site of builtInSites) {
    const body = fixture(`sites/${site.id}.html`);
    for (const host of site.hosts) {
      await context.route(`https://${host}/**`, (route) => route.fulfill({ contentType: 'text/html', body }));
    }
  }
}

export interface Tend {
  context: BrowserContext;
  extensionId: string;
  userDataDir: string;
  /** The extension's service worker, started again if it was stopped. */
  worker(): Promise<Worker>;
  /** Opens one of Tend's pages, e.g. `options.html`. */
  openPage(path: string): Promise<Page>;
  close(): Promise<void>;
}

export async function launchTend(options: { userDataDir?: string } = {}): Promise<Tend> {
  const userDataDir = options.userDataDir ?? mkdtempSync(join(tmpdir(), 'tend-e2e-'));
  const context = await chromium.launchPersistentContext(userDataDir, {
    executablePath: chromiumPath(),
    headless: true,
    args: [
      `--disable-extensions-except=${EXTENSION_DIR}`,
      `--load-extension=${EXTENSION_DIR}`,
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
      '--disable-quic',
    ],
  });
  await serveFixtures(context);
  const firstWorker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
  const extensionId = new URL(firstWorker.url()).host;
  const ownWorker = () =>
    context.serviceWorkers().find((worker) => worker.url().startsWith(`chrome-extension://${extensionId}/`));

  return {
    context,
    extensionId,
    userDataDir,
    async worker() {
      const running = ownWorker();
      if (running) return running;
      // Opening one of our pages wakes the worker, as a user would.
      const waiting = context.waitForEvent('serviceworker');
      const page = await context.newPage();
      await page.goto(`chrome-extension://${extensionId}/popup.html`);
      const worker = await waiting;
      await page.close();
      return worker;
    },
    async openPage(path) {
      const page = await context.newPage();
      await page.goto(`chrome-extension://${extensionId}/${path}`);
      return page;
    },
    async close() {
      await context.close();
      if (!options.userDataDir) rmSync(userDataDir, { recursive: true, force: true });
    },
  };
}
