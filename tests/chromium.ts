/**
 * How the tests and benchmarks start Chromium. No imports of project code,
 * so Node can run the benchmarks that use it directly.
 */
import { createHash } from 'node:crypto';
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { type BrowserContext, chromium, type Page } from 'playwright-core';

export const EXTENSION_DIR = resolve('.output/chrome-mv3');

/** Debian's Chromium by default; CHROME_PATH picks another. No browser is an error, never a skip. */
export function chromiumPath(): string {
  const path = process.env.CHROME_PATH ?? '/usr/bin/chromium';
  if (!existsSync(path)) {
    throw new Error(
      `No Chromium at ${path}. The browser tests need one: install Debian's (apt-get install chromium) or set CHROME_PATH.`,
    );
  }
  return path;
}

/**
 * Starts Chromium on a fresh profile, headless unless asked (or given an X display to show its window on),
 * with the built extension loaded when `withExtension`. `handleSIGINT: false` leaves Ctrl+C to the caller,
 * which Playwright would otherwise answer by exiting at once.
 */
export function launchChromium(
  userDataDir: string,
  withExtension: boolean,
  {
    headless = true,
    extensionDir = EXTENSION_DIR,
    display,
    handleSIGINT = true,
  }: { headless?: boolean; extensionDir?: string; display?: string; handleSIGINT?: boolean } = {},
): Promise<BrowserContext> {
  const headed = !headless || display !== undefined;
  return chromium.launchPersistentContext(userDataDir, {
    executablePath: chromiumPath(),
    headless: !headed,
    handleSIGINT,
    ...(display === undefined ? {} : { env: { ...process.env, DISPLAY: display } }),
    viewport: headed ? null : { width: 1280, height: 720 },
    args: [
      ...(withExtension
        ? [
            `--disable-extensions-except=${extensionDir}`,
            `--load-extension=${extensionDir}`,
            // Lets the tests reinstall the extension over CDP, as an update does.
            '--enable-unsafe-extension-debugging',
          ]
        : []),
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
      '--disable-quic',
    ],
  });
}

/**
 * Chromium names an unpacked extension after its folder: the path's SHA-256,
 * first 32 hex digits written as a–p. Known before launch, so nothing waits
 * for the service worker's first start, which Playwright can miss on a busy
 * machine (microsoft/playwright#39075); an extension page wakes the worker.
 */
export function unpackedExtensionId(extensionDir: string): string {
  const hex = createHash('sha256').update(resolve(extensionDir)).digest('hex').slice(0, 32);
  return [...hex].map((digit) => String.fromCharCode(97 + Number.parseInt(digit, 16))).join('');
}

/**
 * The welcome tab Tend opens as it installs, once it is open, or null if it has not opened within
 * `timeoutMs`. The worker opens it, perhaps after the launch returned: its address is the condition.
 */
export async function welcomeTab(
  context: BrowserContext,
  extensionDir: string,
  timeoutMs: number,
): Promise<Page | null> {
  const welcomeUrl = `chrome-extension://${unpackedExtensionId(extensionDir)}/options.html`;
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const welcome = context.pages().find((page) => page.url() === welcomeUrl);
    if (welcome || Date.now() > deadline) return welcome ?? null;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}
