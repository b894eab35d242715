/**
 * Finds Tend's card on a page in Firefox. Its frame sits in a closed shadow
 * root, out of the page's reach and of selectors, so the card is found among
 * the page's frames by the address each one reports from inside.
 */
import type { Frame, Page } from 'puppeteer-core';
import { scrollFor } from './feed';
import { EXTENSION_ORIGIN, until } from './firefox';

const CARD_PAGE = `${EXTENSION_ORIGIN}/nudge.html#`;

/** The page's cards (there should never be more than one). */
export async function cardFrames(page: Page): Promise<Frame[]> {
  const cards: Frame[] = [];
  for (const frame of page.frames()) {
    if (frame === page.mainFrame()) continue;
    // Over BiDi a frame's `url()` stays about:blank for extension pages; its own location says what it is.
    const address = await frame.evaluate(() => location.href).catch(() => '');
    if (address.startsWith(CARD_PAGE)) cards.push(frame);
  }
  return cards;
}

export async function cardCount(page: Page): Promise<number> {
  return (await cardFrames(page)).length;
}

/** The card's title, or '' while it loads or once it has emptied itself. */
export function cardTitle(card: Frame): Promise<string> {
  return card.evaluate(() => document.querySelector('h1')?.textContent ?? '');
}

/** Scrolls the feed until Tend shows its card, and returns the card's frame once its title is painted. */
export async function scrollUntilCard(page: Page, limitMs = 60_000): Promise<Frame> {
  const end = Date.now() + limitMs;
  let cards = await cardFrames(page);
  while (cards.length === 0) {
    if (Date.now() > end) throw new Error(`no card after ${limitMs} ms of scrolling`);
    await scrollFor(page, 1_000);
    cards = await cardFrames(page);
  }
  const [card] = cards as [Frame];
  await until(
    () => cardTitle(card),
    (title) => title !== '',
    { what: "the card's title" },
  );
  return card;
}

/**
 * Where the card is on the page: its host, the only element the page can see, pinned above everything.
 * The frame fills it.
 */
export function cardBox(page: Page): Promise<{ x: number; y: number; visible: boolean } | null> {
  return page.evaluate(() => {
    const host = [...document.body.children].find(
      (element) => element instanceof HTMLElement && element.style.zIndex === '2147483647',
    );
    if (!host) return null;
    const box = host.getBoundingClientRect();
    return { x: box.x, y: box.y, visible: getComputedStyle(host).visibility === 'visible' };
  });
}

/**
 * Clicks a button inside the card by the page's coordinates: clicks on elements inside frames are unreliable
 * over BiDi. Waits for the button to sit inside the frame, which grows to fit the card a moment after it changes.
 */
export async function clickInCard(page: Page, card: Frame, name: string): Promise<void> {
  const inFrame = await until(
    () =>
      card.evaluate((text: string) => {
        const button = [...document.querySelectorAll('button')].find((b) => b.textContent?.trim() === text);
        if (!button) return null;
        const box = button.getBoundingClientRect();
        if (box.top < 0 || box.bottom > window.innerHeight) return null;
        return { x: box.x + box.width / 2, y: box.y + box.height / 2 };
      }, name),
    (at) => at !== null,
    { what: `the button "${name}" in view on the card` },
  );
  const frameBox = await cardBox(page);
  if (!inFrame || !frameBox) throw new Error('the card is gone');
  await page.mouse.click(frameBox.x + inFrame.x, frameBox.y + inFrame.y);
}
