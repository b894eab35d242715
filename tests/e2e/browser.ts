import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import type { BrowserContext, Page, Worker } from 'playwright-core';
import { builtInSites } from '../../utils/sites';
import { EXTENSION_DIR, launchChromium, unpackedExtensionId, welcomeTab } from '../chromium';

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
  // A site that is not built in, for the sites users add themselves.
  await context.route('https://news.example.net/**', (route) =>
    route.fulfill({ contentType: 'text/html', body: fixture('custom-site.html') }),
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
  /** Installs the built extension again over the running one, as a browser applies an update. */
  update(): Promise<void>;
  /** Opens one of Tend's pages, e.g. `options.html`. */
  openPage(path: string): Promise<Page>;
  /** A page of the extension's origin kept open for reading its database; it outlives worker restarts. */
  inspector(): Promise<Page>;
  /** Closes the welcome that installing Tend opened, once it has opened, as a user done with it would. */
  closeWelcome(): Promise<void>;
  close(): Promise<void>;
}

/** `display`: show the browser's window on this X display (see real-keyboard.ts) instead of running headless. */
export async function launchTend(
  options: { userDataDir?: string; extensionDir?: string; display?: string } = {},
): Promise<Tend> {
  const userDataDir = options.userDataDir ?? mkdtempSync(join(tmpdir(), 'tend-e2e-'));
  const extensionDir = options.extensionDir ?? EXTENSION_DIR;
  const context = await launchChromium(userDataDir, true, {
    extensionDir,
    ...(options.display === undefined ? {} : { display: options.display }),
  });
  await serveFixtures(context);
  const extensionId = unpackedExtensionId(extensionDir);
  // The worker that runs now: a stopped worker's handle stays listed, so follow starts and closes.
  let latestWorker: Worker | undefined;
  let workerRunning = false;
  const watchWorker = (worker: Worker) => {
    if (!worker.url().startsWith(`chrome-extension://${extensionId}/`)) return;
    latestWorker = worker;
    workerRunning = true;
    worker.on('close', () => {
      if (latestWorker === worker) workerRunning = false;
    });
  };
  context.on('serviceworker', watchWorker);
  for (const worker of context.serviceWorkers()) watchWorker(worker);

  let inspector: Page | undefined;
  const tend: Tend = {
    context,
    extensionId,
    userDataDir,
    async worker() {
      if (workerRunning && latestWorker) return latestWorker;
      // Opening one of our pages wakes the worker, as a user would.
      const waiting = context.waitForEvent('serviceworker', (worker) => worker.url().includes(extensionId));
      const page = await context.newPage();
      await page.goto(`chrome-extension://${extensionId}/popup.html`);
      const woken = await waiting;
      await page.close();
      return woken;
    },
    async openPage(path) {
      const page = await context.newPage();
      await page.goto(`chrome-extension://${extensionId}/${path}`);
      return page;
    },
    async update() {
      const browser = context.browser();
      if (!browser) throw new Error('no browser-level CDP connection');
      const cdp = await browser.newBrowserCDPSession();
      const restarted = context.waitForEvent('serviceworker', (worker) => worker.url().includes(extensionId));
      await cdp.send('Extensions.loadUnpacked', { path: extensionDir });
      await restarted;
      await cdp.detach();
    },
    async inspector() {
      if (!inspector || inspector.isClosed()) {
        inspector = await context.newPage();
        await inspector.goto(`chrome-extension://${extensionId}/popup.html`);
      }
      return inspector;
    },
    async closeWelcome() {
      const welcome = await welcomeTab(context, extensionDir, 15_000);
      if (!welcome) throw new Error('The welcome never opened after the install.');
      await welcome.close();
    },
    async close() {
      await context.close();
      if (!options.userDataDir) rmSync(userDataDir, { recursive: true, force: true });
    },
  };
  // Ready once the background answers one of its pages (which starts it, if it has not started yet).
  const answer = await (await tend.inspector()).evaluate(() =>
    chrome.runtime.sendMessage({ type: 'settings/get', data: {} }),
  );
  if (!(answer as { ok?: unknown } | undefined)?.ok) throw new Error(`Tend's background did not answer: ${answer}`);
  return tend;
}
