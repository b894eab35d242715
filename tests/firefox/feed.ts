/** A person on a feed in Firefox: scrolling, idling, leaving, and what Tend counted of it. */
import type { Page } from 'puppeteer-core';
import { passiveMsFor, readStore } from './extension-data';
import { type FirefoxTend, until } from './firefox';

/**
 * Scrolls like a person for `durationMs`: a trusted wheel event every
 * `everyMs`, turning around at either end so the feed never runs out.
 */
export async function scrollFor(page: Page, durationMs: number, everyMs = 400): Promise<void> {
  await page.mouse.move(300, 400);
  const end = Date.now() + durationMs;
  let direction = 1;
  while (Date.now() < end) {
    await page.mouse.wheel({ deltaY: 300 * direction });
    const { y, max } = await page.evaluate(() => ({
      y: window.scrollY,
      max: document.documentElement.scrollHeight - window.innerHeight,
    }));
    if (y >= max - 300) direction = -1;
    else if (y <= 300) direction = 1;
    await new Promise((done) => setTimeout(done, everyMs));
  }
}

/** Real time passing, for scenarios that are about time passing (someone idling on a feed). */
export function idle(ms: number): Promise<void> {
  return new Promise((done) => setTimeout(done, ms));
}

/** The wall-clock time of the latest passive second counted on a site, or -Infinity. */
export async function lastPassiveAt(tend: FirefoxTend, site: string): Promise<number> {
  const sittings = await readStore<{ site: string; lastPassiveAt: number }>(tend, 'sittings');
  return Math.max(-Infinity, ...sittings.filter((s) => s.site === site).map((s) => s.lastPassiveAt));
}

/**
 * Clicks the fixture's in-page link to a non-feed page (messages), as a person
 * would; the content script reports at once and stops counting. Returns the
 * wall-clock time once the click is done.
 */
export async function leaveFeed(page: Page): Promise<number> {
  await page.click('#leave-feed');
  return Date.now();
}

/** Waits until the report sent on leaving the feed at `leftAt` is stored, then returns the site's total. */
export async function settledPassiveMs(tend: FirefoxTend, site: string, leftAt: number): Promise<number> {
  // The last sample before leaving is at most a second before the click.
  await until(
    () => lastPassiveAt(tend, site),
    (at) => at >= leftAt - 1_500,
    { timeoutMs: 15_000, what: `the report from ${site} stored` },
  );
  return passiveMsFor(tend, site);
}
