/**
 * Checks the numbers of days a card's reason states against the facts at the
 * moment it was shown, counted in calendar days as its reader would count
 * them: "It's been 3 days" on Thursday morning after a Monday-evening
 * message is wrong, whatever the hours say. The engine's wording may change,
 * so the check reads any "N days" and asks only what it can be about: "since"
 * the last connection, "in" days to the moment's date, otherwise any of those
 * or the day the moment was shared.
 */
import { dayKey, daysBetween } from '../../utils/platform/day';
import { calendarDays, lastConnectionBefore, momentById } from './facts';
import type { MonthLog, ShownIdea } from './log';

export interface FalseDayCount {
  phrase: string;
  stated: number;
  /** What the facts give, for each thing the phrase may be about. */
  facts: number[];
}

const DAY_COUNT = /(\bin )?(\d+) days?( since| ago)?/g;

export function falseDayCounts(log: MonthLog, idea: ShownIdea): FalseDayCount[] {
  const today = dayKey(idea.at);
  const last = idea.personId === null ? null : lastConnectionBefore(log, idea.personId, idea.at);
  const sinceConnection = last === null ? [] : [calendarDays(last, idea.at)];
  const moment = idea.momentId === null ? undefined : momentById(log, idea.momentId);
  const toDate = moment?.followUpOn ? [daysBetween(today, moment.followUpOn)] : [];
  const sinceDate = toDate.map((days) => -days);
  const sinceShared = moment ? [daysBetween(moment.sharedOn, today)] : [];
  const wrong: FalseDayCount[] = [];
  for (const match of idea.reason.matchAll(DAY_COUNT)) {
    const [phrase, inPrefix, count, after] = match;
    const stated = Number(count);
    const facts =
      after === ' since'
        ? sinceConnection
        : inPrefix
          ? toDate
          : [...sinceConnection, ...sinceDate, ...sinceShared, ...toDate];
    if (!facts.includes(stated)) wrong.push({ phrase: phrase.trim(), stated, facts });
  }
  return wrong;
}
