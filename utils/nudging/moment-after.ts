/**
 * What doing an action does to the moment it was about. Only the action that
 * answers a moment closes it: a kind word before an interview leaves "how did
 * it go?" for after; asking about a goal moves its next check forward; a word
 * ahead of a birthday leaves the day itself; marking the day (or a belated
 * word) moves the date on to next year.
 */
import { addDays } from '../platform/day';
import type { Moment } from '../records/types';
import type { ActionId } from './actions';
import { DATE_WINDOW } from './moment-ideas';
import { nextOccurrenceAfter, occurrenceNear } from './yearly-date';

/** After asking how a goal is going, the next time to ask. */
export const GOAL_CHECK_DAYS = 14;

/** The fields of `moment` that change once `actionId` is done about it on `today`; empty when none do. */
export function momentAfterDone(
  moment: Moment,
  actionId: ActionId,
  today: string,
): Partial<Pick<Moment, 'resolved' | 'followUpOn'>> {
  switch (actionId) {
    case 'follow-up':
    case 'celebrate':
    case 'shared-value':
      return { resolved: true };
    case 'ask-goal':
      return { followUpOn: addDays(today, GOAL_CHECK_DAYS) };
    case 'mark-date':
    case 'belated-date': {
      if (moment.followUpOn === null) return {};
      const marked = occurrenceNear(moment.followUpOn, today, DATE_WINDOW) ?? today;
      return { followUpOn: nextOccurrenceAfter(moment.followUpOn, marked) };
    }
    default:
      return {};
  }
}
