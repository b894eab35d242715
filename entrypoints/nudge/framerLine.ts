import { CARD_LINE_GREETING, type CardNote } from '../../utils/protocol/card-line';

/**
 * The card's end of its line to whoever framed it (see utils/protocol/card-line.ts). Until the framer's
 * greeting arrives, the latest height and whether the card closed are kept, and said on arrival.
 */
let line: MessagePort | null = null;
let height: CardNote | null = null;
let closed = false;

window.addEventListener('message', (event) => {
  const [port] = event.ports;
  if (line || event.data !== CARD_LINE_GREETING || !port) return;
  line = port;
  if (height) line.postMessage(height);
  if (closed) line.postMessage({ kind: 'closed' } satisfies CardNote);
});

/** Tells the framer something; never the page. */
export function tellFramer(note: CardNote): void {
  if (note.kind === 'height') height = note;
  else closed = true;
  line?.postMessage(note);
}
