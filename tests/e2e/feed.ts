import type { Page } from 'playwright-core';
import { expect } from 'vitest';
import type { Tend } from './browser';
import { ContentWorld } from './content-world';
import { lastPassiveAt, passiveMsFor } from './database';

/** Opens a fixture feed and waits for Tend's content script to be running in it. */
export async function openFeed(tend: Tend, url: string): Promise<{ page: Page; world: ContentWorld }> {
  const page = await tend.context.newPage();
  await page.goto(url);
  const world = await ContentWorld.find(page);
  if (!world) throw new Error(`Tend's content script did not start on ${url}`);
  return { page, world };
}

/**
 * Clicks the fixture's in-page link to a non-feed page (messages, settings),
 * as a person would; the content script reports at once and stops counting.
 * Returns the wall-clock time once the click is done: until the page really
 * leaves the feed, the last scroll may still count, as it would for a person
 * still looking at it.
 */
export async function leaveFeed(page: Page): Promise<number> {
  await page.click('#leave-feed');
  return Date.now();
}

/**
 * Waits until the report sent on leaving the feed at `leftAt` is stored (the
 * site's latest counted second reaches it), then returns the site's total.
 */
export async function settledPassiveMs(tend: Tend, site: string, leftAt: number): Promise<number> {
  const inspector = await tend.inspector();
  // The last sample before leaving is at most a second before the click.
  await expect.poll(() => lastPassiveAt(inspector, site), { timeout: 15_000 }).toBeGreaterThanOrEqual(leftAt - 1_500);
  return passiveMsFor(inspector, site);
}

/** Real time passing, for scenarios that are about time passing (someone idling on a feed). */
export function idle(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}
