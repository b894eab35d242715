/**
 * Pictures of what a person sees, saved as test artifacts in
 * test-results/screenshots/ (never committed): the first run and each state
 * of the card, light and dark, to look at after a run.
 */
import { mkdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { Frame, Page } from 'playwright-core';

export const SCREENSHOT_DIR = resolve('test-results/screenshots');

/** Saves `target` (a page, or a card's frame as it sits on its page) as `<name>-<scheme>.png`. */
export async function saveScreenshot(target: Page | Frame, name: string, scheme: 'light' | 'dark'): Promise<string> {
  mkdirSync(SCREENSHOT_DIR, { recursive: true });
  const path = join(SCREENSHOT_DIR, `${name}-${scheme}.png`);
  if ('frameElement' in target) {
    await (await target.frameElement()).screenshot({ path });
  } else {
    await target.screenshot({ path, fullPage: true });
  }
  return path;
}
