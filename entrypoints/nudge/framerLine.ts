import { CARD_LINE_GREETING, type CardNote, isSightAnswer, type Sight } from '../../utils/protocol/card-line';

/**
 * The card's end of its line to whoever framed it (see utils/protocol/card-line.ts). Until the framer's
 * greeting arrives, the latest height and whether the card closed are kept, and said on arrival.
 */
let line: MessagePort | null = null;
let height: CardNote | null = null;
let closed = false;
let asks = 0;
const answers = new Map<number, (sight: Sight) => void>();

/** How long the card waits for its framer to say whether it sees the card; silence counts as "no". */
const SIGHT_ANSWER_WITHIN_MS = 1_000;

window.addEventListener('message', (event) => {
  const [port] = event.ports;
  if (line || event.data !== CARD_LINE_GREETING || !port) return;
  line = port;
  line.onmessage = (answer) => {
    if (!isSightAnswer(answer.data)) return;
    answers.get(answer.data.ask)?.({ pinned: answer.data.pinned, alone: answer.data.alone });
    answers.delete(answer.data.ask);
  };
  if (height) line.postMessage(height);
  if (closed) line.postMessage({ kind: 'closed' } satisfies CardNote);
});

/** Tells the framer something; never the page. */
export function tellFramer(note: CardNote): void {
  if (note.kind === 'height') height = note;
  else if (note.kind === 'closed') closed = true;
  line?.postMessage(note);
}

const UNSEEN: Sight = { pinned: false, alone: false };

/** What the framer sees of the card now; nothing good when it does not answer (or there is none). */
export function framerSight(): Promise<Sight> {
  const framer = line;
  if (!framer) return Promise.resolve(UNSEEN);
  const ask = ++asks;
  return new Promise((resolve) => {
    answers.set(ask, resolve);
    framer.postMessage({ kind: 'in-sight?', ask } satisfies CardNote);
    setTimeout(() => {
      answers.delete(ask);
      resolve(UNSEEN);
    }, SIGHT_ANSWER_WITHIN_MS);
  });
}
