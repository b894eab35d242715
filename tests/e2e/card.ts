/**
 * Finds Tend's card on a page as the browser sees it. The card's frame sits
 * in a closed shadow root, out of reach of Playwright's selectors (and of
 * the page), so the card is found among the page's frames by its address.
 */
import type { Frame, Page } from 'playwright-core';
import { scrollFor } from './scroll';

const CARD_PAGE = /^chrome-extension:\/\/[^/]+\/nudge\.html#/;

/** The page's cards (there should never be more than one). */
export function cardFrames(page: Page): Frame[] {
  return page.frames().filter((frame) => CARD_PAGE.test(frame.url()));
}

export function cardCount(page: Page): number {
  return cardFrames(page).length;
}

/** The card's frame once its title is painted. */
export async function shownCard(page: Page): Promise<Frame> {
  const [frame] = cardFrames(page);
  if (!frame) throw new Error('no card on the page');
  await frame.locator('h1').waitFor();
  return frame;
}

/** Scrolls the feed until Tend shows its card, and returns the card's frame. */
export async function scrollUntilCard(page: Page, limitMs = 40_000): Promise<Frame> {
  const end = Date.now() + limitMs;
  while (Date.now() < end) {
    await scrollFor(page, 1_000);
    if (cardCount(page) > 0) return shownCard(page);
  }
  throw new Error(`no card after ${limitMs} ms of scrolling`);
}

/** Where the card's frame is on the page, as the user sees it. */
export async function cardBox(card: Frame) {
  return (await card.frameElement()).boundingBox();
}
