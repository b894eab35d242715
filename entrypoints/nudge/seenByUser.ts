import { framerSight } from './framerLine';

/** Chrome's IntersectionObserver v2: it tells whether the card is unobscured, unfaded and untransformed. */
const tracksVisibility = 'isVisible' in IntersectionObserverEntry.prototype;
/** The card's root element, as `watchSeenByUser` was given it. */
let watched: Element | null = null;
/** Whether the person's latest input in the card was a key, not a pointer. */
let byKeyboard = false;
/** When the card last asked for a press again, not having been in plain sight. */
let askedAt: number | null = null;

/** A press that follows the card's "press again" within this long is believed, if nothing lies over the card. */
const CONFIRM_WITHIN_MS = 15_000;
/** How long a press waits for the browser to say whether the card is in sight; silence counts as "no". */
const SIGHT_WITHIN_MS = 1_000;

/**
 * Keeps what a press needs to know: the card's element, and whether the person is using the card by keyboard.
 */
export function watchSeenByUser(card: Element): void {
  watched = card;
  // Keys reach the card only when the person moved focus into it: no decoy can take those.
  window.addEventListener('keydown', () => (byKeyboard = true), { capture: true });
  window.addEventListener('pointerdown', () => (byKeyboard = false), { capture: true });
}

/**
 * Whether the browser sees the card in plain sight right now: in Chrome, unobscured, unfaded and
 * untransformed (IntersectionObserver v2); elsewhere, at least half of it on screen (the options page's
 * preview may be scrolled partly out of view). A fresh observer at each press: an observer kept from
 * earlier may not hear of a change made outside the card, such as the card being raised above a decoy.
 */
function browserSeesCard(card: Element): Promise<boolean> {
  return new Promise((resolve) => {
    const options = { threshold: [0, 0.5, 1], ...(tracksVisibility ? { trackVisibility: true, delay: 100 } : {}) };
    const observer = new IntersectionObserver(([entry]) => {
      observer.disconnect();
      clearTimeout(timeout);
      const visible = (entry as { isVisible?: boolean } | undefined)?.isVisible;
      resolve(entry !== undefined && entry.intersectionRatio >= 0.5 && (!tracksVisibility || visible === true));
    }, options);
    const timeout = setTimeout(() => {
      observer.disconnect();
      resolve(false);
    }, SIGHT_WITHIN_MS);
    observer.observe(card);
  });
}

/**
 * Whether a press may record something. A page may lay a see-through decoy of its own over the card, so a
 * click on "I did it" might be meant for something else. By keyboard, always. By pointer, the framer must
 * see the card as Tend pinned it (see entrypoints/feed/plain-sight.ts; it puts the card back on top when
 * anything is off), and then either the browser sees it in plain sight (in Firefox, which cannot tell what
 * lies over it, with nothing else of the page in the top layer), or the card asked for this press and
 * nothing of the page is in the top layer now: someone who can read that question is believed.
 */
export async function mayRecordPress(now: number): Promise<PressVerdict> {
  if (byKeyboard) return 'record';
  // The browser first, then the framer: the framer may raise the card, which the browser must not see halfway.
  const inSight = watched ? await browserSeesCard(watched) : false;
  const sight = await framerSight();
  const confirming = askedAt !== null && now - askedAt <= CONFIRM_WITHIN_MS;
  const seen = inSight && (tracksVisibility || sight.alone);
  if (sight.pinned && (seen || (confirming && sight.alone))) {
    askedAt = null;
    return 'record';
  }
  askedAt = now;
  return confirming ? 'still covered' : 'ask again';
}

/** Whether the person's latest input in the card was a key: they are using it by keyboard. */
export function usingKeyboard(): boolean {
  return byKeyboard;
}

/** Record the press; ask for it again; or, asked already, say that something of the page lies over the card. */
export type PressVerdict = 'record' | 'ask again' | 'still covered';
