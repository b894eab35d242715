/**
 * What was true at a given instant of a simulated month, read from its log
 * alone: the last connection with someone, whether they were overdue on
 * their cadence, which of their dated moments were due. Days are calendar
 * days in the local zone, as a person counts them, never 24-hour steps.
 */
import { addDays, dayKey, daysBetween, startOfDayKey } from '../../utils/platform/day';
import type { LoggedMoment, LoggedPerson, MonthLog, ShownIdea } from './log';

/** Calendar days from the local date of `from` to that of `to`. */
export function calendarDays(from: number, to: number): number {
  return daysBetween(dayKey(from), dayKey(to));
}

export function firstDay(log: MonthLog): string {
  return dayKey(log.start);
}

export function lastDay(log: MonthLog): string {
  return addDays(firstDay(log), log.days - 1);
}

export function personById(log: MonthLog, id: string): LoggedPerson {
  const person = log.people.find((p) => p.id === id);
  if (!person) throw new Error(`No person ${id} in the log`);
  return person;
}

export function momentById(log: MonthLog, id: string): LoggedMoment | undefined {
  return log.moments.find((m) => m.id === id);
}

/** The latest connection with the person before `at`, or null when there was none. */
export function lastConnectionBefore(log: MonthLog, personId: string, at: number): number | null {
  let last: number | null = null;
  for (const connection of log.connections) {
    if (connection.personId === personId && connection.at < at && (last === null || connection.at > last)) {
      last = connection.at;
    }
  }
  return last;
}

/**
 * Their cadence runs out today or tomorrow (to reach them within cadence + 1 day, a card may come a day
 * early), or they were never in touch at all, cadence or not.
 */
export function dueOnCadence(log: MonthLog, person: LoggedPerson, at: number): boolean {
  const last = lastConnectionBefore(log, person.id, at);
  if (last === null) return true;
  if (person.cadenceDays === null) return false;
  return calendarDays(last, at) >= Math.max(1, person.cadenceDays - 1);
}

/** Whether the user said "I did it" on a card about the moment between `from` and `to`. */
function followedUp(log: MonthLog, momentId: string, from: number, to: number): boolean {
  return log.ideas.some(
    (idea) => idea.momentId === momentId && idea.answer === 'done' && idea.answeredAt >= from && idea.answeredAt < to,
  );
}

/**
 * Their moments with a date that has come by `at` (known to Tend by then) and
 * that no "I did it" has followed up since that date began. A word before the
 * date does not count: the date is still to be marked on the day.
 */
export function datedMomentsDue(log: MonthLog, personId: string, at: number): LoggedMoment[] {
  const today = dayKey(at);
  return log.moments.filter(
    (moment) =>
      moment.personId === personId &&
      moment.followUpOn !== null &&
      moment.addedAt <= at &&
      moment.followUpOn <= today &&
      !followedUp(log, moment.id, startOfDayKey(moment.followUpOn), at),
  );
}

/**
 * Something of theirs is timely without being due: a yearly date within the next 3 days, or a hard thing
 * they shared in the last 3 weeks that you have not talked with them since.
 */
export function timelyMoments(log: MonthLog, personId: string, at: number): LoggedMoment[] {
  const today = dayKey(at);
  const last = lastConnectionBefore(log, personId, at);
  return log.moments.filter((moment) => {
    if (moment.personId !== personId || moment.addedAt > at) return false;
    if (moment.kind === 'date' && moment.followUpOn !== null) {
      const ahead = daysBetween(today, moment.followUpOn);
      return ahead > 0 && ahead <= 3;
    }
    const sharedAgo = daysBetween(moment.sharedOn, today);
    const talkedSince = last !== null && dayKey(last) >= moment.sharedOn;
    const hardAndUnanswered = moment.kind === 'challenge' && sharedAgo <= 21 && !talkedSince;
    const freshMilestone = moment.kind === 'milestone' && moment.followUpOn === null && sharedAgo <= 14;
    return (hardAndUnanswered || freshMilestone) && (moment.followUpOn === null || moment.followUpOn > today);
  });
}

/** Due on their cadence, a dated moment of theirs is due, or something of theirs is timely. */
export function hasSomethingDue(log: MonthLog, person: LoggedPerson, at: number): boolean {
  return (
    dueOnCadence(log, person, at) ||
    datedMomentsDue(log, person.id, at).length > 0 ||
    timelyMoments(log, person.id, at).length > 0
  );
}

/** The same suggestion: same person, same action, about the same moment (or none). */
export function sameSuggestion(a: ShownIdea, b: ShownIdea): boolean {
  return a.personId === b.personId && a.actionId === b.actionId && a.momentId === b.momentId;
}

/** The cards shown on the local date `day`, in time order. */
export function cardsOnDay(log: MonthLog, day: string): ShownIdea[] {
  return log.ideas.filter((idea) => idea.ideaIndex === 0 && dayKey(idea.at) === day);
}
