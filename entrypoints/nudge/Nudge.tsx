/**
 * The nudge card, shown in an iframe on the feed (or on the options page as
 * a preview). It reads its plan from the background and reports each choice
 * back; the background decides what happens. It never takes focus: the
 * person may be typing in the page below (the keyboard shortcut brings focus
 * in, see card-focus.ts). This file picks what each state shows; the states
 * and requests are in useNudgeCard.ts, the open card in NudgeCard.tsx.
 */
import type { RefObject } from 'preact';
import { useLayoutEffect, useRef } from 'preact/hooks';
import { Announcement } from './Announcement';
import { NightCard } from './NightCard';
import { NudgeCard } from './NudgeCard';
import { usingKeyboard } from './seenByUser';
import { useCardShortcut } from './useCardShortcut';
import { type CardControls, type CardState, UNDOABLE, useNudgeCard } from './useNudgeCard';
import { useReportedHeight } from './useReportedHeight';

/** What the card says once a choice has ended it: what happened, and for how long it holds. */
function endingWords(state: Extract<CardState, { kind: 'ended' }>): string {
  switch (state.ending) {
    case 'done':
      return 'Logged. That is what Tend is for.';
    case 'snoozed':
      return state.snoozeMinutes === 60
        ? 'Snoozed: no nudges anywhere for an hour.'
        : `Snoozed: no nudges anywhere for ${state.snoozeMinutes ?? 15} minutes.`;
    case 'dismissed':
      return 'Okay, not now. Tend will suggest something else another time.';
    case 'paused':
      return `No more nudges on ${state.plan.siteName} today. Tend’s popup can lift this.`;
    case 'opened-options':
      return 'Opened Tend’s settings in a new tab.';
    case 'planned':
      return 'Planned. It will be the first thing Tend suggests in the morning.';
    case 'planned-written':
      return 'Saved. Tend will give it back to you in the morning, ready to send.';
    case 'closed-feed':
      return 'Good night. Closing the feed…';
  }
}

/** What the card says to assistive technology, politely, without moving focus: that it came, or how it ended. */
function announced(state: CardState, shortcut: string): string {
  const reach = shortcut ? ` Press ${shortcut} to go to it, and again to come back.` : '';
  if (state.kind === 'open') return `Tend has a suggestion: ${state.plan.title}.${reach}`;
  if (state.kind === 'ended') return endingWords(state);
  return '';
}

export function Nudge({ nudgeId }: { nudgeId: string }) {
  const card = useNudgeCard(nudgeId);
  const { state } = card;
  const shortcut = useCardShortcut();
  const root = useReportedHeight([state, card.status, card.snoozeOpen]);
  const undoButton = useRef<HTMLButtonElement>(null);
  const ended = state.kind === 'ended' ? state.ending : null;

  // Someone using the card by keyboard lands on Undo, not on nothing, when the button they pressed goes: as the
  // ending is put in, not a frame later (a busy machine may give none for a while).
  useLayoutEffect(() => {
    if (ended && document.hasFocus() && usingKeyboard()) undoButton.current?.focus();
  }, [ended]);

  return (
    <>
      <CardView card={card} root={root} undoButton={undoButton} />
      {state.kind !== 'gone' && <Announcement words={announced(state, shortcut)} />}
    </>
  );
}

function CardView({
  card,
  root,
  undoButton,
}: {
  card: CardControls;
  root: RefObject<HTMLDivElement | null>;
  undoButton: RefObject<HTMLButtonElement | null>;
}) {
  const { state } = card;
  switch (state.kind) {
    case 'gone':
      return null;
    case 'failed':
      return (
        <div class="nudge" ref={root}>
          <p class="nudge-meta">Tend</p>
          <p role="alert">{state.message}</p>
        </div>
      );
    case 'loading':
      return (
        <div class="nudge" ref={root} aria-busy="true">
          <p class="nudge-meta">Tend</p>
        </div>
      );
    case 'ended':
      return (
        <div class="nudge nudge-ended" ref={root}>
          <h1 class="nudge-ending">{endingWords(state)}</h1>
          <div class="nudge-actions">
            {UNDOABLE.has(state.ending) && (
              <button type="button" ref={undoButton} disabled={card.busy} onClick={() => void card.undo()}>
                Undo
              </button>
            )}
            <button type="button" onClick={card.goNow}>
              Close
            </button>
          </div>
          <p class="nudge-status" role="status">
            {card.status}
          </p>
        </div>
      );
    case 'open':
      return state.plan.night ? (
        <NightCard card={card} plan={state.plan} night={state.plan.night} root={root} />
      ) : (
        <NudgeCard card={card} plan={state.plan} root={root} />
      );
  }
}
