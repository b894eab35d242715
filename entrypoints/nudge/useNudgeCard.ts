/**
 * The card's state and its requests, apart from how it looks: it loads the
 * plan, sends each choice to the background (which decides what happens) and
 * says goodbye once the card has ended. Kept out of the views so each state
 * and each transition can be read in one place.
 */
import { useEffect, useLayoutEffect, useRef, useState } from 'preact/hooks';
import { messageOf } from '../../components/errors';
import { askedEarly } from '../../components/useRequest';
import type { NudgePlan } from '../../utils/nudging/plan';
import { systemClock } from '../../utils/platform/clock';
import type { MessageData, MessageResult, MessageType } from '../../utils/protocol/messages';
import { RequestError, request } from '../../utils/protocol/request';
import { tellFramer } from './framerLine';
import { mayRecordPress, usingKeyboard } from './seenByUser';

export type Ended =
  | 'done'
  | 'snoozed'
  | 'dismissed'
  | 'paused'
  | 'opened-options'
  | 'planned'
  | 'planned-written'
  | 'closed-feed';

/**
 * Loading its plan, failed to, open on a plan, ended with a last word before it goes, or gone: its nudge is
 * not showing in this tab (a frame made again after the card went), so it shows and does nothing.
 */
export type CardState =
  | { kind: 'loading' }
  | { kind: 'gone' }
  | { kind: 'failed'; message: string }
  | { kind: 'open'; plan: NudgePlan }
  | { kind: 'ended'; ending: Ended; plan: NudgePlan; snoozeMinutes?: number };

/** Endings the person may take back for a moment: each is something Tend recorded or holds to. */
export const UNDOABLE: ReadonlySet<Ended> = new Set([
  'done',
  'snoozed',
  'dismissed',
  'paused',
  'planned',
  'planned-written',
]);

/** The id of the message field, which `copy` selects when the page forbids the clipboard. */
export const DRAFT_FIELD = 'draft';

/** Where a contact link went: a web messenger opens in a tab; mail, texts and calls in another application. */
function openedWhere(url: string): string {
  if (url.startsWith('mailto:')) return 'Your email app should have opened with the message.';
  if (url.startsWith('sms:')) return 'Your messages app should have opened with the message.';
  if (url.startsWith('tel:')) return 'Your phone app should have opened to call.';
  return 'Opened in a new tab.';
}

/** What the card says when it did nothing because it could not be sure the person saw it (seenByUser.ts). */
const NOT_IN_SIGHT = {
  'ask again': 'Tend could not see this card clearly, so it did nothing. If you can read this, press again.',
  'still covered':
    'Something on this page may be lying over Tend’s card, so it did nothing. Close what the page opened, ' +
    'or reach the card with Tend’s keyboard shortcut and press the button with Enter.',
} as const;

/** How long the card's last word stays before it goes. */
const FAREWELL_MS = 1_600;
/**
 * How long a last word with Undo stays (the background takes an Undo a while longer): held on while the
 * keyboard focus is on the card, so no one loses the Undo while reaching for it.
 */
const UNDO_SHOWN_MS = 6_000;

export interface CardControls {
  state: CardState;
  /** The message as the user edited it. */
  body: string;
  setBody: (body: string) => void;
  /** The last thing the card said: a confirmation, or why a request failed. */
  status: string;
  /** A request is on its way; the buttons that send one wait for it. */
  busy: boolean;
  snoozeOpen: boolean;
  toggleSnooze: () => void;
  open: (link: number) => Promise<void>;
  copy: () => Promise<void>;
  done: () => Promise<void>;
  another: () => Promise<void>;
  dismiss: () => Promise<void>;
  pauseSite: () => Promise<void>;
  snooze: (minutes: 15 | 60) => Promise<void>;
  openOptions: () => Promise<void>;
  /** Takes back the choice that ended the card, which opens again as it was. */
  undo: () => Promise<void>;
  /** Takes the ended card down now, without waiting out its last word. */
  goNow: () => void;
  /** Late at night: plans the step for the morning, with the message written now if `body` is given. */
  planTomorrow: (body?: string) => Promise<void>;
  /** Late at night: says good night, then the feed's tab closes. */
  closeFeed: () => Promise<void>;
}

export function useNudgeCard(nudgeId: string): CardControls {
  const [state, setState] = useState<CardState>({ kind: 'loading' });
  const [body, setBody] = useState('');
  const [status, setStatus] = useState('');
  const [snoozeOpen, setSnoozeOpen] = useState(false);
  const [busy, setBusy] = useState(false);
  const plan = state.kind === 'open' ? state.plan : null;
  const ended = state.kind === 'ended' ? state.ending : null;

  useEffect(() => {
    (askedEarly('nudge/plan', { nudgeId }) ?? request('nudge/plan', { nudgeId }))
      .then((loaded) => {
        setState({ kind: 'open', plan: loaded });
        setBody(loaded.draft.body);
      })
      .catch((reason: unknown) =>
        setState(
          reason instanceof RequestError && (reason.code === 'not-found' || reason.code === 'forbidden')
            ? { kind: 'gone' }
            : { kind: 'failed', message: messageOf(reason) },
        ),
      );
  }, [nudgeId]);

  useEffect(() => {
    // Effects run after the browser painted: bench/nudge.ts reads this mark to time the card.
    if (plan) performance.mark('tend-card-shown');
  }, [plan]);

  const [gone, setGone] = useState(false);
  useEffect(() => {
    if (!ended || gone) return;
    let timer: ReturnType<typeof setTimeout>;
    const goWhenLeftAlone = () => {
      // Someone on the keyboard is still on the card: they may be about to press Undo.
      if (document.hasFocus() && usingKeyboard()) {
        timer = setTimeout(goWhenLeftAlone, 1_000);
      } else {
        setGone(true);
      }
    };
    timer = setTimeout(goWhenLeftAlone, UNDOABLE.has(ended) ? UNDO_SHOWN_MS : FAREWELL_MS);
    return () => clearTimeout(timer);
  }, [ended, gone]);

  useEffect(() => {
    if (!gone) return;
    void request('nudge/hide', { nudgeId }).catch(() => {});
    tellFramer({ kind: 'closed' });
  }, [gone, nudgeId]);

  // Escape anywhere in the card: "Not now" while it is open; once it has said its last word, go at once.
  // A layout effect, so the listener always answers for what is on screen: a second Escape that comes as
  // the ending appears closes the card rather than saying "Not now" again.
  useLayoutEffect(() => {
    const onKeyDown = (event: KeyboardEvent) => {
      if (event.key !== 'Escape' || event.defaultPrevented) return;
      if (state.kind === 'open') {
        event.preventDefault();
        void dismiss();
      } else if (state.kind === 'ended') {
        event.preventDefault();
        setGone(true);
      }
    };
    window.addEventListener('keydown', onKeyDown);
    return () => window.removeEventListener('keydown', onKeyDown);
  });

  /** A reply that arrives after the card ended leaves it ended. */
  function show(next: NudgePlan) {
    setState((current) => (current.kind === 'open' ? { kind: 'open', plan: next } : current));
  }

  /**
   * Sends one of the card's messages; `undefined` when it failed (the error is shown), its result otherwise.
   * Each records something, so none goes unless the card was in plain sight; if it was not, the card asks
   * for the press again (seenByUser.ts).
   */
  async function send<K extends MessageType>(
    type: K,
    data: MessageData<K>,
  ): Promise<{ value: MessageResult<K> } | undefined> {
    const verdict = await mayRecordPress(systemClock.now());
    if (verdict !== 'record') {
      setStatus(NOT_IN_SIGHT[verdict]);
      return undefined;
    }
    setBusy(true);
    try {
      return { value: await request(type, data) };
    } catch (reason) {
      setStatus(messageOf(reason));
      return undefined;
    } finally {
      setBusy(false);
    }
  }

  /** Set while one ending is on its way, so a second press or Escape does not send another. */
  const endingOnItsWay = useRef(false);

  async function end<K extends MessageType>(type: K, data: MessageData<K>, ending: Ended, snoozeMinutes?: number) {
    const from = plan;
    if (!from || endingOnItsWay.current) return;
    endingOnItsWay.current = true;
    try {
      if (!(await send(type, data))) return;
      setState({ kind: 'ended', ending, plan: from, ...(snoozeMinutes === undefined ? {} : { snoozeMinutes }) });
    } finally {
      endingOnItsWay.current = false;
    }
  }

  function dismiss() {
    return end('nudge/dismiss', { nudgeId }, 'dismissed');
  }

  async function undo() {
    if (state.kind !== 'ended' || !UNDOABLE.has(state.ending)) return;
    const answer = await send('nudge/undo', { nudgeId });
    if (!answer) return;
    setState({ kind: 'open', plan: answer.value });
    setStatus('Undone. The suggestion is open again.');
  }

  async function copy() {
    try {
      await navigator.clipboard.writeText(body);
    } catch {
      // Some pages forbid the clipboard to frames; the text stays selected to copy by hand.
      const field = document.getElementById(DRAFT_FIELD) as HTMLTextAreaElement | null;
      field?.select();
      setStatus('Select the message and copy it (Ctrl+C or ⌘C).');
      return;
    }
    const acted = await send('nudge/act', { nudgeId, link: null });
    if (acted) show(acted.value);
    setStatus('Copied. Paste it wherever you talk with them.');
  }

  async function open(link: number) {
    const way = plan?.links[link];
    const acted = await send('nudge/act', { nudgeId, link, body });
    if (acted) {
      show(acted.value);
      setStatus(`${way ? openedWhere(way.url) : 'Opened.'} Come back and press “I did it” once it is done.`);
    }
  }

  async function another() {
    const answer = await send('nudge/another', { nudgeId });
    if (!answer) return;
    const next = answer.value;
    if (next.personName === plan?.personName && next.title === plan?.title) {
      setStatus('That was the last idea for now.');
    } else {
      show(next);
      setBody(next.draft.body);
      setStatus('Here is another idea.');
    }
  }

  return {
    state,
    body,
    setBody,
    status,
    busy,
    snoozeOpen,
    toggleSnooze: () => setSnoozeOpen(!snoozeOpen),
    open,
    copy,
    another,
    done: () => end('nudge/done', { nudgeId }, 'done'),
    dismiss,
    pauseSite: () => end('nudge/pause-site', { nudgeId }, 'paused'),
    snooze: (minutes) => end('nudge/snooze', { nudgeId, minutes }, 'snoozed', minutes),
    openOptions: () => end('nudge/open-options', { nudgeId }, 'opened-options'),
    undo,
    goNow: () => setGone(true),
    planTomorrow: (written) =>
      written?.trim()
        ? end('nudge/plan-tomorrow', { nudgeId, body: written.trim() }, 'planned-written')
        : end('nudge/plan-tomorrow', { nudgeId }, 'planned'),
    closeFeed: () => end('nudge/close-feed', { nudgeId }, 'closed-feed'),
  };
}
