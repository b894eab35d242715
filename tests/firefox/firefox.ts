/**
 * Tend in a real headless Firefox, driven by puppeteer-core over WebDriver
 * BiDi (built into Firefox: no geckodriver, no downloaded browser). The built
 * `.output/firefox-mv3` is installed as a temporary add-on at a moz-extension
 * address fixed before launch, and every request goes through the fixture
 * proxy.
 */
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import puppeteer, { type Browser, type Page } from 'puppeteer-core';
import { call } from './extension-data';
import { type FixtureProxy, startFixtureProxy } from './proxy';

export const FIREFOX_EXTENSION_DIR = resolve('.output/firefox-mv3');
export const GECKO_ID = 'tend@tend.garden';
/** The moz-extension host Firefox gives Tend in these tests, chosen through `extensions.webextensions.uuids`. */
export const EXTENSION_UUID = '5e7d0c1a-7e4d-4c2b-9a51-7e5d0f1a2b3c';
export const EXTENSION_ORIGIN = `moz-extension://${EXTENSION_UUID}`;

/** Debian's Firefox ESR by default; FIREFOX_PATH picks another. No browser is an error, never a skip. */
export function firefoxPath(): string {
  const path = process.env.FIREFOX_PATH ?? '/usr/bin/firefox-esr';
  if (!existsSync(path)) {
    throw new Error(
      `No Firefox at ${path}. The Firefox tests need one: install Debian's (apt-get install firefox-esr) or set FIREFOX_PATH.`,
    );
  }
  return path;
}

/** Navigates a tab and waits for the load; unlike `page.goto`, this also works for moz-extension pages. */
export async function navigate(page: Page, url: string): Promise<void> {
  // puppeteer's BiDi frame holds its browsing context; `page.goto` never resolves on moz-extension pages.
  const frame = page.mainFrame() as unknown as {
    browsingContext: { navigate(url: string, wait: 'complete'): Promise<void> };
  };
  await frame.browsingContext.navigate(url, 'complete');
}

/**
 * Polls `read` until `accept` holds, for at most `timeoutMs`, and returns the
 * value; throws with the last value seen. (`waitForFunction` is unreliable
 * over BiDi on Firefox 140.)
 */
export async function until<T>(
  read: () => Promise<T>,
  accept: (value: T) => boolean,
  {
    timeoutMs = 10_000,
    everyMs = 100,
    what = 'condition',
  }: { timeoutMs?: number; everyMs?: number; what?: string } = {},
): Promise<T> {
  const end = Date.now() + timeoutMs;
  let last: T | undefined;
  let error: unknown;
  while (Date.now() < end) {
    try {
      last = await read();
      error = undefined;
      if (accept(last)) return last;
    } catch (caught) {
      error = caught;
    }
    await new Promise((done) => setTimeout(done, everyMs));
  }
  let shown: string;
  try {
    shown = JSON.stringify(last) ?? String(last);
  } catch {
    shown = String(last);
  }
  throw new Error(
    `${what} not met within ${timeoutMs} ms; last value: ${shown}${error ? `; last error: ${error}` : ''}`,
  );
}

export interface FirefoxTend {
  browser: Browser;
  proxy: FixtureProxy;
  /** Where downloads land without asking (the profile folder, removed on close). */
  downloadDir: string;
  /** Opens one of Tend's pages, e.g. `options.html#settings`, in a new tab. */
  openPage(path: string): Promise<Page>;
  /** Opens a web page (served by the fixture proxy) in a new, focused tab. */
  openWebPage(url: string): Promise<Page>;
  /** A page of the extension's origin kept open for protocol calls and reading the database. */
  inspector(): Promise<Page>;
  /** Installs the built add-on again over the running one, as Firefox applies an update; ready when it answers. */
  update(): Promise<void>;
  /** Closes Firefox, the proxy, and deletes the profile. */
  close(): Promise<void>;
}

/** Ready once the background answers one of Tend's pages. */
async function untilAnswering(tend: FirefoxTend): Promise<void> {
  await until(
    () => call(tend, 'settings/get', {}).then(() => true),
    (ok) => ok,
    { timeoutMs: 15_000, what: "Tend's background answering" },
  );
}

/** `display`: show Firefox's window on this X display (see tests/e2e/real-keyboard.ts) instead of headless. */
export async function launchFirefoxTend({ display }: { display?: string } = {}): Promise<FirefoxTend> {
  const executablePath = firefoxPath();
  if (!existsSync(join(FIREFOX_EXTENSION_DIR, 'manifest.json'))) {
    throw new Error(`No Firefox build at ${FIREFOX_EXTENSION_DIR}; run \`wxt build -b firefox\`.`);
  }
  const proxy = await startFixtureProxy();
  const profile = mkdtempSync(join(tmpdir(), 'tend-ff-'));
  let browser: Browser;
  try {
    browser = await puppeteer.launch({
      browser: 'firefox',
      executablePath,
      headless: display === undefined,
      acceptInsecureCerts: true,
      userDataDir: profile,
      // Without it, BiDi refuses to navigate to moz-extension:// pages.
      args: ['--remote-allow-system-access'],
      // Remote settings from the local dump only: otherwise Firefox fetches them from the network.
      env: {
        ...process.env,
        MOZ_REMOTE_SETTINGS_DEVTOOLS: '1',
        ...(display === undefined ? {} : { DISPLAY: display }),
      },
      protocolTimeout: 30_000,
      extraPrefsFirefox: {
        'extensions.webextensions.uuids': JSON.stringify({ [GECKO_ID]: EXTENSION_UUID }),
        // Lets the options page's `permissions.request` resolve headless, where nobody can answer a prompt.
        'extensions.webextOptionalPermissionPrompts': false,
        'network.captive-portal-service.enabled': false,
        'network.connectivity-service.enabled': false,
        'network.proxy.type': 1,
        'network.proxy.http': '127.0.0.1',
        'network.proxy.http_port': proxy.port,
        'network.proxy.ssl': '127.0.0.1',
        'network.proxy.ssl_port': proxy.port,
        'network.proxy.share_proxy_settings': true,
        'network.proxy.no_proxies_on': '',
        'network.proxy.allow_hijacking_localhost': true,
        'browser.download.dir': profile,
        'browser.download.folderList': 2,
        'browser.download.useDownloadDir': true,
        'browser.download.always_ask_before_handling_new_types': false,
      },
    });
  } catch (error) {
    await proxy.close();
    rmSync(profile, { recursive: true, force: true });
    throw error;
  }

  let inspector: Page | undefined;
  const tend: FirefoxTend = {
    browser,
    proxy,
    downloadDir: profile,
    async openPage(path) {
      const page = await browser.newPage();
      await navigate(page, `${EXTENSION_ORIGIN}/${path}`);
      return page;
    },
    async openWebPage(url) {
      // A new tab: the first tab of a headless Firefox never has focus, and Tend counts only a focused feed.
      const page = await browser.newPage();
      await page.bringToFront();
      await navigate(page, url);
      return page;
    },
    async inspector() {
      if (!inspector || inspector.isClosed()) inspector = await tend.openPage('popup.html');
      return inspector;
    },
    async update() {
      const id = await browser.installExtension(FIREFOX_EXTENSION_DIR);
      if (id !== GECKO_ID) throw new Error(`updated as ${id}, expected ${GECKO_ID}`);
      // The update closed the old version's pages, the inspector among them.
      inspector = undefined;
      await untilAnswering(tend);
    },
    async close() {
      try {
        await browser.close();
      } finally {
        await proxy.close();
        rmSync(profile, { recursive: true, force: true });
      }
    },
  };

  try {
    const id = await browser.installExtension(FIREFOX_EXTENSION_DIR);
    if (id !== GECKO_ID) throw new Error(`installed as ${id}, expected ${GECKO_ID}`);
    await untilAnswering(tend);
  } catch (error) {
    await tend.close();
    throw error;
  }
  return tend;
}
