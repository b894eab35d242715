/**
 * The nudge card, shown in an iframe on the feed (or on the options page as
 * a preview). It reads its plan from the background and reports each choice
 * back; the background decides what happens. It never takes focus: the
 * person may be typing in the page below. This file picks what each state
 * shows; the states and requests are in useNudgeCard.ts, the open card in
 * NudgeCard.tsx.
 */
import { NightCard } from './NightCard';
import { NudgeCard } from './NudgeCard';
import { type Ended, useNudgeCard } from './useNudgeCard';
import { useReportedHeight } from './useReportedHeight';

const ENDINGS: Record<Ended, string> = {
  done: 'Logged. That is what Tend is for.',
  snoozed: 'Snoozed.',
  dismissed: 'Okay, not now.',
  paused: 'No more nudges on this site today.',
  'opened-options': 'Opened Tend’s settings in a new tab.',
  planned: 'Planned. It will be the first thing Tend suggests in the morning.',
  'planned-written': 'Saved. Tend will give it back to you in the morning, ready to send.',
  'closed-feed': 'Good night. Closing the feed…',
};

export function Nudge({ nudgeId }: { nudgeId: string }) {
  const card = useNudgeCard(nudgeId);
  const { state } = card;
  const root = useReportedHeight([state, card.status, card.snoozeOpen]);

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
          <p role="status">{ENDINGS[state.ending]}</p>
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
