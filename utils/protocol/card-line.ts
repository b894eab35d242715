/**
 * The card's private line to the page that frames it: the content script on
 * a feed, or the options page's preview. The card has things to say (how
 * tall it is, that it has closed) that a web page must not hear: a message
 * to `window.parent` reaches every listener of the page, and would tell it
 * what kind of card it holds and roughly how much text. So the framer hands
 * the card one end of a MessageChannel, posted into the card's own window
 * (which a page cannot reach: the frame is in a closed shadow root), and the
 * card speaks only on that.
 *
 * The card also asks on it, before recording a press, whether its framer
 * sees it in plain sight (see entrypoints/feed/plain-sight.ts); the framer
 * answers on the same line.
 */

/** What a card says to its framer. */
export type CardNote = { kind: 'height'; px: number } | { kind: 'closed' } | { kind: 'in-sight?'; ask: number };

/** What the framer sees of the card, as the page may have changed it (entrypoints/feed/plain-sight.ts). */
export interface Sight {
  /** The card is where Tend put it, as Tend styled it, in the top layer. */
  pinned: boolean;
  /** Nothing else of the page is in the top layer, where it could lie over the card. */
  alone: boolean;
}

/** The framer's answer to the card's `in-sight?`. */
export interface SightAnswer extends Sight {
  kind: 'in-sight';
  ask: number;
}

/** The greeting that carries the framer's end of the line. */
export const CARD_LINE_GREETING = 'tend-card-line';

export function isCardNote(value: unknown): value is CardNote {
  if (typeof value !== 'object' || value === null) return false;
  const note = value as Record<string, unknown>;
  if (note.kind === 'closed') return true;
  if (note.kind === 'in-sight?') return typeof note.ask === 'number';
  return note.kind === 'height' && typeof note.px === 'number' && Number.isFinite(note.px);
}

export function isSightAnswer(value: unknown): value is SightAnswer {
  if (typeof value !== 'object' || value === null) return false;
  const answer = value as Record<string, unknown>;
  return (
    answer.kind === 'in-sight' &&
    typeof answer.ask === 'number' &&
    typeof answer.pinned === 'boolean' &&
    typeof answer.alone === 'boolean'
  );
}

/**
 * Opens a line to `frame` each time its card page loads, passes on what the card says, and answers its
 * `in-sight?` with `inSight()`, until `signal` aborts.
 */
export function lineToCard(
  frame: HTMLIFrameElement,
  hear: (note: CardNote) => void,
  inSight: () => Sight,
  signal: AbortSignal,
): void {
  frame.addEventListener(
    'load',
    () => {
      const channel = new MessageChannel();
      channel.port1.onmessage = (event) => {
        const note: unknown = event.data;
        if (!isCardNote(note)) return;
        if (note.kind === 'in-sight?') {
          channel.port1.postMessage({ kind: 'in-sight', ask: note.ask, ...inSight() } satisfies SightAnswer);
        } else {
          hear(note);
        }
      };
      signal.addEventListener('abort', () => channel.port1.close(), { once: true });
      // `*`: Chrome serves the card from a per-session address whose origin is not the one in `src`. Only
      // this frame's window receives it, and no page can reach that window or navigate the frame.
      frame.contentWindow?.postMessage(CARD_LINE_GREETING, '*', [channel.port2]);
    },
    { signal },
  );
}
