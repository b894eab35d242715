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

/**
 * The card's frame once its title is painted and it has finished coming in: until then it is still fading
 * in, and a press is not yet one a person could have meant (the card asks for it again).
 */
export async function shownCard(page: Page): Promise<Frame> {
  const [frame] = cardFrames(page);
  if (!frame) throw new Error('no card on the page');
  await frame.locator('h1').waitFor();
  await frame.waitForFunction(() => document.getAnimations().every((animation) => animation.playState !== 'running'));
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

/**
 * Waits until Chrome itself sees the card unobscured, unfaded and untransformed (IntersectionObserver v2,
 * asked from inside the card), as a person would before pressing again.
 */
export async function inPlainSight(card: Frame): Promise<void> {
  await card.evaluate(
    () =>
      new Promise<void>((seen, notSeen) => {
        const timeout = setTimeout(() => notSeen(new Error('the card never came into plain sight')), 10_000);
        new IntersectionObserver(
          (entries) => {
            if (entries.some((entry) => (entry as { isVisible?: boolean }).isVisible)) {
              clearTimeout(timeout);
              seen();
            }
          },
          { trackVisibility: true, delay: 100 } as IntersectionObserverInit,
        ).observe(document.body);
      }),
  );
}
