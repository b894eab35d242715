/**
 * What one thing a person shared asks for now: a follow-up once its date
 * has come, a kind word while something is hard, a question about a goal, a
 * celebration, a word before a date. Scores are on the same scale as the
 * engine's (`suggest.ts`), which adds the person's own standing.
 */
import { daysBetween } from '../platform/day';
import { relativeDay } from '../platform/relative-day';
import type { Moment } from '../records/types';
import type { ActionId } from './actions';

function quoted(moment: Moment): string {
  return `“${moment.text}”`;
}

/** Moment-based ideas for one thing a person shared: which action, how much it matters now, and why. */
export function momentIdeas(
  moment: Moment,
  name: string,
  today: string,
): { actionId: ActionId; score: number; reason: string }[] {
  const due = moment.followUpOn !== null && moment.followUpOn <= today;
  const shared = relativeDay(moment.sharedOn, today);
  const sharedDaysAgo = -daysBetween(today, moment.sharedOn);
  const overdueBonus = due && moment.followUpOn ? Math.min(2, -daysBetween(today, moment.followUpOn) * 0.2) : 0;
  switch (moment.kind) {
    case 'challenge':
      if (due) {
        return [
          {
            actionId: 'follow-up',
            score: 6 + overdueBonus,
            reason: `${name} told you about ${quoted(moment)} ${shared}. Ask how it went.`,
          },
        ];
      }
      return sharedDaysAgo <= 21
        ? [
            {
              actionId: 'empathize',
              score: 3.5,
              reason: `${name} shared something hard ${shared}: ${quoted(moment)}. A few kind words go a long way.`,
            },
          ]
        : [];
    case 'news':
      return due
        ? [
            {
              actionId: 'follow-up',
              score: 6 + overdueBonus,
              reason: `${name} told you about ${quoted(moment)} ${shared}. Ask how it went.`,
            },
          ]
        : [];
    case 'goal':
      return [
        {
          actionId: 'ask-goal',
          score: due ? 6 + overdueBonus : 2.5,
          reason: `${name} is working toward ${quoted(moment)}. Ask how it is going.`,
        },
      ];
    case 'milestone':
      if (!due && sharedDaysAgo > 14) return [];
      return [
        {
          actionId: 'celebrate',
          score: due ? 6 + overdueBonus : 4.5,
          reason: `${name} reached a milestone ${shared}: ${quoted(moment)}. Celebrate it with them.`,
        },
      ];
    case 'date': {
      if (!moment.followUpOn) return [];
      const daysUntil = daysBetween(today, moment.followUpOn);
      if (daysUntil < 0 || daysUntil > 3) return [];
      return [
        {
          actionId: 'mark-date',
          score: 7 - daysUntil,
          reason: `${name}'s ${quoted(moment)} is ${relativeDay(moment.followUpOn, today)}.`,
        },
      ];
    }
    case 'value':
      return [
        {
          actionId: 'shared-value',
          score: 1.5,
          reason: `You and ${name} both care about ${quoted(moment)}. Tell them you noticed.`,
        },
      ];
  }
}
