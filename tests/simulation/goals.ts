/**
 * The goals the nudge engine must meet over a month (issue 13), each a pure
 * function from a month's log to what broke it. Worded as the issue words
 * them; the numbers they read (cadence + 1 day, 7 days, 24 hours, the daily
 * cap) are the issue's, not tuned to any engine.
 */
import { addDays, dayKey, daysBetween, startOfDayKey } from '../../utils/platform/day';
import {
  calendarDays,
  cardsOnDay,
  datedMomentsDue,
  firstDay,
  hasSomethingDue,
  lastConnectionBefore,
  lastDay,
  personById,
  sameSuggestion,
  timelyMoments,
} from './facts';
import {
  type Answer,
  cardsOf,
  DEFERRED,
  type LoggedMoment,
  type LoggedPerson,
  type MonthLog,
  type ShownIdea,
} from './log';
import { falseDayCounts } from './reason-days';

export interface Violation {
  /** When it happened, if at one instant. */
  at: number | null;
  personId: string | null;
  momentId: string | null;
  detail: string;
}

export type GoalId =
  | 'cadence-reached'
  | 'quiet-after-connection'
  | 'dates-surfaced'
  | 'missed-date-belated'
  | 'no-repeats'
  | 'no-comebacks'
  | 'daily-cap'
  | 'nothing-due'
  | 'true-day-counts';

export interface Goal {
  id: GoalId;
  statement: string;
  violations: (log: MonthLog) => Violation[];
}

const HOUR = 3_600_000;
/** How long after a connection someone without a cadence is "soon". */
export const SOON_WITHOUT_CADENCE_DAYS = 7;
/**
 * How long after a connection someone with a cadence is "soon": until the day before their cadence runs
 * out, the first day a card may reach them and still be within cadence + 1 day.
 */
const soonDays = (cadenceDays: number) => Math.max(1, cadenceDays - 1);
const REPEAT_WINDOW_MS = 7 * 24 * HOUR;
const COMEBACK_WINDOW_MS = 24 * HOUR;
/** Answers that say "not this": passed over, turned down, snoozed. */
const TURNED_AWAY: readonly Answer[] = ['another', 'not-now', 'snooze'];

const aboutPeople = (log: MonthLog) => log.ideas.filter((idea) => idea.personId !== null);
/** Ideas that were suggested: a late-night card's step put off to the morning was not, yet. */
const suggested = (log: MonthLog) => aboutPeople(log).filter((idea) => !(idea.night && DEFERRED.includes(idea.answer)));

/** One stretch between two times a person was reached, in calendar days; the last runs to the month's end. */
export interface ReachGap {
  from: string;
  to: string;
  days: number;
  /** The month ended before they were reached again. */
  open: boolean;
}

/**
 * The stretches between times the person was reached: a card about them or
 * a connection. It starts from their last connection before the month, but
 * someone already overdue then counts from the month's first day, as if
 * their cadence ran out that day.
 */
export function reachGaps(log: MonthLog, person: LoggedPerson): ReachGap[] {
  if (person.cadenceDays === null) return [];
  const earliest = addDays(firstDay(log), -person.cadenceDays);
  const before = lastConnectionBefore(log, person.id, log.start);
  let previous = before === null || dayKey(before) < earliest ? earliest : dayKey(before);
  const reached = [
    ...log.ideas.filter((idea) => idea.personId === person.id).map((idea) => idea.at),
    ...log.connections.filter((c) => c.personId === person.id && c.at >= log.start).map((c) => c.at),
  ];
  const days = [...new Set(reached.map(dayKey))].sort();
  const gaps: ReachGap[] = [];
  for (const day of days) {
    gaps.push({ from: previous, to: day, days: daysBetween(previous, day), open: false });
    previous = day;
  }
  gaps.push({ from: previous, to: lastDay(log), days: daysBetween(previous, lastDay(log)), open: true });
  return gaps;
}

const cadenceReached: Goal = {
  id: 'cadence-reached',
  statement: 'Every person with a cadence is reached (a card about them, or "I did it") within cadence + 1 day',
  violations: (log) =>
    log.people.flatMap((person) => {
      const allowed = (person.cadenceDays ?? 0) + 1;
      return reachGaps(log, person)
        .filter((gap) => gap.days > allowed)
        .map((gap) => ({
          at: null,
          personId: person.id,
          momentId: null,
          detail: `${person.name}: ${gap.days} days from ${gap.from} to ${gap.to}${gap.open ? ' (month ended)' : ''}, cadence ${person.cadenceDays}`,
        }));
    }),
};

/** Cards about someone shortly after a connection (within their cadence, or a week without one), nothing dated due. */
export function tooSoonCards(log: MonthLog): ShownIdea[] {
  return aboutPeople(log).filter((idea) => {
    const person = personById(log, idea.personId ?? '');
    const last = lastConnectionBefore(log, person.id, idea.at);
    if (last === null) return false;
    const soon = person.cadenceDays === null ? SOON_WITHOUT_CADENCE_DAYS : soonDays(person.cadenceDays);
    return (
      calendarDays(last, idea.at) < soon &&
      datedMomentsDue(log, person.id, idea.at).length === 0 &&
      timelyMoments(log, person.id, idea.at).length === 0
    );
  });
}

const quietAfterConnection: Goal = {
  id: 'quiet-after-connection',
  statement: `Not suggested again soon after a connection (within their cadence; ${SOON_WITHOUT_CADENCE_DAYS} days without one) unless something dated is due`,
  violations: (log) =>
    tooSoonCards(log).map((idea) => {
      const last = lastConnectionBefore(log, idea.personId ?? '', idea.at) ?? idea.at;
      return {
        at: idea.at,
        personId: idea.personId,
        momentId: idea.momentId,
        detail: `${personById(log, idea.personId ?? '').name}: ${idea.actionId} ${calendarDays(last, idea.at)} days after a connection`,
      };
    }),
};

/** Dated moments whose date falls in the month, after they were entered. */
export function datedInMonth(log: MonthLog): (LoggedMoment & { followUpOn: string })[] {
  return log.moments.filter(
    (moment): moment is LoggedMoment & { followUpOn: string } =>
      moment.followUpOn !== null &&
      moment.followUpOn >= firstDay(log) &&
      moment.followUpOn <= lastDay(log) &&
      moment.addedAt < startOfDayKey(moment.followUpOn),
  );
}

/** The first card about the moment on or after its date, if any. */
export function surfacedCard(log: MonthLog, moment: LoggedMoment & { followUpOn: string }): ShownIdea | undefined {
  const from = startOfDayKey(moment.followUpOn);
  return cardsOf(log).find((card) => card.at >= from && card.momentId === moment.id);
}

/** A step the user planned on a late-night card, given back the next morning: it comes first by design. */
export const isPlannedStep = (idea: ShownIdea) => idea.reason.startsWith('You planned this last night');

/**
 * Cards about nothing dated (an everyday idea about someone) shown from the moment's date until it was
 * surfaced (or the month's end): each one a time something generic outranked it.
 */
export function everydayFirst(log: MonthLog, moment: LoggedMoment & { followUpOn: string }): ShownIdea[] {
  const from = startOfDayKey(moment.followUpOn);
  const until = surfacedCard(log, moment)?.at ?? Number.POSITIVE_INFINITY;
  return cardsOf(log).filter(
    (card) =>
      card.at >= from && card.at < until && card.personId !== null && card.momentId === null && !isPlannedStep(card),
  );
}

const datesSurfaced: Goal = {
  id: 'dates-surfaced',
  statement:
    'Every follow-up date and date is surfaced on its day or at the first sitting after it, before any card about nothing dated',
  violations: (log) =>
    datedInMonth(log).flatMap((moment) => {
      const card = surfacedCard(log, moment);
      const generic = everydayFirst(log, moment)[0];
      if (card && !generic) return [];
      const name = personById(log, moment.personId).name;
      return [
        {
          at: generic?.at ?? null,
          personId: moment.personId,
          momentId: moment.id,
          detail: generic
            ? `${name}'s "${moment.text}" (${moment.followUpOn}): ${generic.actionId} for ${personById(log, generic.personId ?? '').name} came first`
            : `${name}'s "${moment.text}" (${moment.followUpOn}): no card about it from that day to the month's end`,
        },
      ];
    }),
};

/** Dates (birthdays, anniversaries) whose day passed without a single card. */
export function missedDates(log: MonthLog): (LoggedMoment & { followUpOn: string })[] {
  return datedInMonth(log).filter(
    (moment) =>
      moment.kind === 'date' && moment.followUpOn < lastDay(log) && cardsOnDay(log, moment.followUpOn).length === 0,
  );
}

/** The first idea about a missed date shown after its day, if any. */
export function belatedCard(log: MonthLog, moment: LoggedMoment & { followUpOn: string }): ShownIdea | undefined {
  const after = startOfDayKey(addDays(moment.followUpOn, 1));
  return log.ideas.find((idea) => idea.momentId === moment.id && idea.at >= after);
}

const missedDateBelated: Goal = {
  id: 'missed-date-belated',
  statement: 'A date missed on its day (no card that day) gets a belated card',
  violations: (log) =>
    missedDates(log)
      .filter((moment) => !belatedCard(log, moment))
      .map((moment) => ({
        at: null,
        personId: moment.personId,
        momentId: moment.id,
        detail: `${personById(log, moment.personId).name}'s "${moment.text}" (${moment.followUpOn}) got no belated card`,
      })),
};

/** Ideas shown again while the same (person, action, moment) had been shown in the 7 days before. */
export function repeats(log: MonthLog): ShownIdea[] {
  const shown = suggested(log);
  return shown.filter((idea) =>
    shown.some(
      (earlier) =>
        earlier !== idea &&
        sameSuggestion(earlier, idea) &&
        earlier.at <= idea.at &&
        idea.at - earlier.at < REPEAT_WINDOW_MS,
    ),
  );
}

const noRepeats: Goal = {
  id: 'no-repeats',
  statement: 'The same (person, action, moment) is not shown again within 7 days',
  violations: (log) =>
    repeats(log).map((idea) => ({
      at: idea.at,
      personId: idea.personId,
      momentId: idea.momentId,
      detail: `${personById(log, idea.personId ?? '').name}: ${idea.actionId} again`,
    })),
};

/** Ideas shown within a day of the same idea getting one of `answers`, with the answer each came back after. */
export function comebacks(
  log: MonthLog,
  answers: readonly Answer[] = TURNED_AWAY,
): { idea: ShownIdea; after: Answer }[] {
  const shown = suggested(log);
  return shown.flatMap((idea) => {
    const away = shown.find(
      (earlier) =>
        earlier !== idea &&
        answers.includes(earlier.answer) &&
        sameSuggestion(earlier, idea) &&
        earlier.answeredAt <= idea.at &&
        idea.at - earlier.answeredAt < COMEBACK_WINDOW_MS,
    );
    return away ? [{ idea, after: away.answer }] : [];
  });
}

const noComebacks: Goal = {
  id: 'no-comebacks',
  statement: 'No idea passed over ("Another idea"), turned down ("Not now") or snoozed comes back within a day',
  violations: (log) =>
    comebacks(log).map(({ idea, after }) => ({
      at: idea.at,
      personId: idea.personId,
      momentId: idea.momentId,
      detail: `${personById(log, idea.personId ?? '').name}: ${idea.actionId} back within a day of "${after}"`,
    })),
};

/** Cards shown on each local date of the month that had any. */
export function cardsPerDay(log: MonthLog): Map<string, number> {
  const perDay = new Map<string, number>();
  for (const card of cardsOf(log)) perDay.set(dayKey(card.at), (perDay.get(dayKey(card.at)) ?? 0) + 1);
  return perDay;
}

const dailyCap: Goal = {
  id: 'daily-cap',
  statement: 'Never more cards in a day than the daily cap',
  violations: (log) =>
    [...cardsPerDay(log)]
      .filter(([, count]) => count > log.dailyCap)
      .map(([day, count]) => ({
        at: startOfDayKey(day),
        personId: null,
        momentId: null,
        detail: `${count} cards on ${day}, cap ${log.dailyCap}`,
      })),
};

/** Ideas about someone who had nothing due: not overdue on their cadence, no dated moment due. */
export function nothingDueCards(log: MonthLog): ShownIdea[] {
  return aboutPeople(log).filter((idea) => !hasSomethingDue(log, personById(log, idea.personId ?? ''), idea.at));
}

const nothingDue: Goal = {
  id: 'nothing-due',
  statement: 'No card about someone with nothing due (not overdue on their cadence, no dated moment due)',
  violations: (log) =>
    nothingDueCards(log).map((idea) => ({
      at: idea.at,
      personId: idea.personId,
      momentId: idea.momentId,
      detail: `${personById(log, idea.personId ?? '').name}: ${idea.actionId} with nothing due`,
    })),
};

const trueDayCounts: Goal = {
  id: 'true-day-counts',
  statement: "Every number of days a card's reason states is true in calendar days (beside the issue's list)",
  violations: (log) =>
    log.ideas.flatMap((idea) =>
      falseDayCounts(log, idea).map((wrong) => ({
        at: idea.at,
        personId: idea.personId,
        momentId: idea.momentId,
        detail: `"${wrong.phrase}" where the calendar says ${wrong.facts.join(' or ') || 'nothing'}: ${idea.reason}`,
      })),
    ),
};

export const GOALS: readonly Goal[] = [
  cadenceReached,
  quietAfterConnection,
  datesSurfaced,
  missedDateBelated,
  noRepeats,
  noComebacks,
  dailyCap,
  nothingDue,
  trueDayCounts,
];
