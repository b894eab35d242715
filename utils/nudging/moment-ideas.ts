/**
 * What one thing a person shared asks for today, if anything: each kind of
 * moment behaves like the thing it is.
 *
 * - A challenge or news with a follow-up date asks "how did it go?" from that
 *   date on. Before it, a hard thing shared lately asks for a kind word —
 *   unless you have been in touch since it was shared. Only the follow-up
 *   closes it (see `moment-after.ts`).
 * - A goal is asked about when its check date comes (then the next check
 *   moves forward); a goal with no date may be asked about when there is time.
 * - A milestone is celebrated while it is fresh, or on its date.
 * - A date (a birthday, an anniversary) comes back every year: a word ahead
 *   of it, the day itself, and a belated word if the day went by unmarked.
 *   The word ahead does not stand in for the day.
 * - A value you share is brought up on its date, if it has one.
 *
 * Worth is on the engine's scale (`suggest.ts`): what is dated and due is
 * worth more than anything generic, so it comes first that day.
 */
import { addDays, daysBetween } from '../platform/day';
import { relativeDay } from '../platform/relative-day';
import type { Moment } from '../records/types';
import type { ActionId } from './actions';
import { occurrenceNear } from './yearly-date';

/** How much an idea is worth now; anything generic is worth less than `DUE`. */
export const WORTH = {
  /** A date that has come: above every generic idea. */
  due: 8,
  /** The day itself, above every other dated thing. */
  dateToday: 10,
  belated: 7.5,
  headsUp: 5,
  kindWord: 4.5,
  freshMilestone: 5,
  openGoal: 3.2,
} as const;

/** A word ahead of a date comes this many days before it; a belated one up to this many after. */
export const DATE_WINDOW = { before: 3, after: 7 } as const;
/** A follow-up left unanswered this long has gone stale: asking "how did it go?" then would ring false. */
export const FOLLOW_UP_STALE_DAYS = 21;
/** Something hard shared this many days ago or less asks for a kind word. */
export const KIND_WORD_DAYS = 21;
/** A milestone shared this many days ago or less is celebrated while fresh. */
export const FRESH_MILESTONE_DAYS = 14;

export interface MomentIdea {
  actionId: ActionId;
  worth: number;
  /**
   * Tied to its time — a date that has come or is near, something hard or happy that just happened — so it
   * does not wait while the person rests after a recent card or connection.
   */
  timely: boolean;
  /** Why, now: one sentence naming the person. */
  reason: string;
}

export interface MomentContext {
  /** The person's name as the user wrote it. */
  name: string;
  today: string;
  /** The local day of the latest connection with the person, if any. */
  lastContactDay: string | null;
}

function quoted(moment: Moment): string {
  return `“${moment.text}”`;
}

/** Days since the follow-up date, 0 on the day; null before it or without one. */
function daysPastFollowUp(moment: Moment, today: string): number | null {
  if (moment.followUpOn === null) return null;
  const past = daysBetween(moment.followUpOn, today);
  return past >= 0 ? past : null;
}

/** A little more for what has waited longer, never enough to jump the day itself. */
const waited = (days: number) => Math.min(1, days * 0.25);

export function momentIdeas(moment: Moment, context: MomentContext): MomentIdea[] {
  if (moment.resolved) return [];
  const { name, today, lastContactDay } = context;
  const shared = relativeDay(moment.sharedOn, today);
  const sharedDaysAgo = daysBetween(moment.sharedOn, today);
  const past = daysPastFollowUp(moment, today);
  const inTouchSince = (day: string) => lastContactDay !== null && daysBetween(day, lastContactDay) >= 0;

  switch (moment.kind) {
    case 'challenge':
    case 'news': {
      if (past !== null) {
        if (past > FOLLOW_UP_STALE_DAYS) return [];
        return [
          {
            actionId: 'follow-up',
            worth: WORTH.due + waited(past),
            timely: true,
            reason: `${name} told you about ${quoted(moment)} ${shared} — ask how it went.`,
          },
        ];
      }
      const hard = moment.kind === 'challenge' && sharedDaysAgo <= KIND_WORD_DAYS;
      if (!hard || inTouchSince(moment.sharedOn)) return [];
      return [
        {
          actionId: 'empathize',
          worth: WORTH.kindWord,
          timely: true,
          reason: `${name} shared something hard ${shared}, ${quoted(moment)} — a few kind words go a long way.`,
        },
      ];
    }
    case 'goal':
      if (past !== null) {
        return [
          {
            actionId: 'ask-goal',
            worth: WORTH.due + waited(past),
            timely: true,
            reason: `${name} is working toward ${quoted(moment)}, and it's time to ask how it is going.`,
          },
        ];
      }
      if (moment.followUpOn !== null) return [];
      return [
        {
          actionId: 'ask-goal',
          worth: WORTH.openGoal,
          timely: false,
          reason: `${name} is working toward ${quoted(moment)} — ask how it is going.`,
        },
      ];
    case 'milestone':
      if (past !== null && past <= FOLLOW_UP_STALE_DAYS) {
        return [
          {
            actionId: 'celebrate',
            worth: WORTH.due + waited(past),
            timely: true,
            reason: `${name} reached a milestone, ${quoted(moment)} — celebrate it with them.`,
          },
        ];
      }
      if (moment.followUpOn !== null || sharedDaysAgo > FRESH_MILESTONE_DAYS) return [];
      return [
        {
          actionId: 'celebrate',
          worth: WORTH.freshMilestone,
          timely: true,
          reason: `${name} reached a milestone ${shared}, ${quoted(moment)} — celebrate it with them.`,
        },
      ];
    case 'date':
      return dateIdeas(moment, context, inTouchSince);
    case 'value':
      if (past === null || past > FOLLOW_UP_STALE_DAYS) return [];
      return [
        {
          actionId: 'shared-value',
          worth: WORTH.due + waited(past),
          timely: true,
          reason: `You and ${name} both care about ${quoted(moment)} — tell them you noticed.`,
        },
      ];
  }
}

function dateIdeas(
  moment: Moment,
  { name, today }: MomentContext,
  inTouchSince: (day: string) => boolean,
): MomentIdea[] {
  if (moment.followUpOn === null) return [];
  const day = occurrenceNear(moment.followUpOn, today, DATE_WINDOW);
  if (day === null) return [];
  const offset = daysBetween(today, day);
  const when = relativeDay(day, today);
  if (offset === 0) {
    return [
      { actionId: 'mark-date', worth: WORTH.dateToday, timely: true, reason: `${name}'s ${quoted(moment)} is today.` },
    ];
  }
  if (offset < 0) {
    return [
      {
        actionId: 'belated-date',
        worth: WORTH.belated,
        timely: true,
        reason: `${name}'s ${quoted(moment)} was ${when} — it's not too late to say you thought of them.`,
      },
    ];
  }
  // In touch since the window opened: the word ahead has been said, or needs no saying; the day still comes.
  if (inTouchSince(addDays(day, -DATE_WINDOW.before))) return [];
  return [
    {
      actionId: 'date-ahead',
      worth: WORTH.headsUp,
      timely: true,
      reason: `${name}'s ${quoted(moment)} is ${when} — a word ahead of it means a lot.`,
    },
  ];
}
