/**
 * The card's private line to the page that frames it: the content script on
 * a feed, or the options page's preview. The card has things to say (how
 * tall it is, that it has closed) that a web page must not hear: a message
 * to `window.parent` reaches every listener of the page, and would tell it
 * what kind of card it holds and roughly how much text. So the framer hands
 * the card one end of a MessageChannel, posted into the card's own window
 * (which a page cannot reach: the frame is in a closed shadow root), and the
 * card speaks only on that.
 */

/** What a card says to its framer. */
export type CardNote = { kind: 'height'; px: number } | { kind: 'closed' };

/** The greeting that carries the framer's end of the line. */
export const CARD_LINE_GREETING = 'tend-card-line';

export function isCardNote(value: unknown): value is CardNote {
  if (typeof value !== 'object' || value === null) return false;
  const note = value as Record<string, unknown>;
  if (note.kind === 'closed') return true;
  return note.kind === 'height' && typeof note.px === 'number' && Number.isFinite(note.px);
}

/**
 * Opens a line to `frame` each time its card page loads, and passes on what the card says, until `signal`
 * aborts.
 */
export function lineToCard(frame: HTMLIFrameElement, hear: (note: CardNote) => void, signal: AbortSignal): void {
  frame.addEventListener(
    'load',
    () => {
      const channel = new MessageChannel();
      channel.port1.onmessage = (event) => {
        if (isCardNote(event.data)) hear(event.data);
      };
      signal.addEventListener('abort', () => channel.port1.close(), { once: true });
      // `*`: Chrome serves the card from a per-session address whose origin is not the one in `src`. Only
      // this frame's window receives it, and no page can reach that window or navigate the frame.
      frame.contentWindow?.postMessage(CARD_LINE_GREETING, '*', [channel.port2]);
    },
    { signal },
  );
}
