/**
 * The figures a month's report shows: per person, per dated moment, and for
 * the month as a whole. Derived from the log by the same functions the
 * goals use, so a table and an assertion never disagree.
 */
import { dayKey } from '../../utils/platform/day';
import { cardsOnDay } from './facts';
import {
  belatedCard,
  cardsPerDay,
  comebacks,
  datedInMonth,
  everydayFirst,
  GOALS,
  type Goal,
  missedDates,
  nothingDueCards,
  reachGaps,
  repeats,
  surfacedCard,
  tooSoonCards,
} from './goals';
import { type Answer, cardsOf, type MonthLog } from './log';

export interface PersonFigures {
  name: string;
  cadenceDays: number | null;
  /** Cards that showed an idea about them, and the ideas shown (after "Another idea" too). */
  cards: number;
  ideas: number;
  done: number;
  /** Longest stretch without being reached, calendar days; null without a cadence. */
  longestGap: number | null;
  tooSoon: number;
  nothingDue: number;
}

export interface MomentFigures {
  person: string;
  kind: string;
  text: string;
  date: string;
  /** First idea about it shown on or after its date. */
  surfacedAt: number | null;
  /** That idea opened the first card of its day. */
  firstThatDay: boolean;
  /** The first card from its date was about it. */
  onTime: boolean;
  /** No card at all on its day (dates only); then when the belated card came, if it did. */
  missed: boolean;
  belatedAt: number | null;
  /** Ideas about it shown before its date. */
  before: number;
}

export interface MonthFigures {
  cards: number;
  ideas: number;
  answers: Record<Answer, number>;
  repeats: number;
  comebacks: Record<'another' | 'not-now' | 'snooze' | 'ignored', number>;
  maxCardsInADay: number;
  daysOverCap: number;
  nothingDue: number;
  sittings: number;
  lateNightSittings: number;
  lateNightPastThreshold: number;
  lateNightWithCard: number;
  violations: Map<Goal['id'], number>;
}

export function personFigures(log: MonthLog): PersonFigures[] {
  const tooSoon = tooSoonCards(log);
  const idle = nothingDueCards(log);
  return log.people.map((person) => {
    const theirs = log.ideas.filter((idea) => idea.personId === person.id);
    const gaps = reachGaps(log, person);
    return {
      name: person.name,
      cadenceDays: person.cadenceDays,
      cards: new Set(theirs.map((idea) => idea.nudgeId)).size,
      ideas: theirs.length,
      done: theirs.filter((idea) => idea.answer === 'done').length,
      longestGap: gaps.length === 0 ? null : Math.max(...gaps.map((gap) => gap.days)),
      tooSoon: tooSoon.filter((idea) => idea.personId === person.id).length,
      nothingDue: idle.filter((idea) => idea.personId === person.id).length,
    };
  });
}

export function momentFigures(log: MonthLog): MomentFigures[] {
  const missed = missedDates(log);
  return datedInMonth(log).map((moment) => {
    const about = log.ideas.filter((idea) => idea.momentId === moment.id);
    const surfaced = about.find((idea) => dayKey(idea.at) >= moment.followUpOn);
    const isMissed = missed.includes(moment);
    return {
      person: log.people.find((p) => p.id === moment.personId)?.name ?? '?',
      kind: moment.kind,
      text: moment.text,
      date: moment.followUpOn,
      surfacedAt: surfaced?.at ?? null,
      firstThatDay: surfaced !== undefined && cardsOnDay(log, dayKey(surfaced.at))[0] === surfaced,
      onTime: surfacedCard(log, moment) !== undefined && everydayFirst(log, moment).length === 0,
      missed: isMissed,
      belatedAt: isMissed ? (belatedCard(log, moment)?.at ?? null) : null,
      before: about.filter((idea) => dayKey(idea.at) < moment.followUpOn).length,
    };
  });
}

export function monthFigures(log: MonthLog): MonthFigures {
  const answers: Record<Answer, number> = {
    done: 0,
    another: 0,
    'not-now': 0,
    snooze: 0,
    ignored: 0,
    plan: 0,
    write: 0,
    'close-feed': 0,
  };
  for (const idea of log.ideas) answers[idea.answer]++;
  const count = (after: Answer) => comebacks(log, [after]).length;
  const perDay = [...cardsPerDay(log).values()];
  const late = log.sittings.filter((sitting) => sitting.lateNight);
  const pastThreshold = late.filter((sitting) => sitting.passiveMs >= log.thresholdMs);
  return {
    cards: cardsOf(log).length,
    ideas: log.ideas.length,
    answers,
    repeats: repeats(log).length,
    comebacks: {
      another: count('another'),
      'not-now': count('not-now'),
      snooze: count('snooze'),
      ignored: count('ignored'),
    },
    maxCardsInADay: Math.max(0, ...perDay),
    daysOverCap: perDay.filter((cards) => cards > log.dailyCap).length,
    nothingDue: nothingDueCards(log).length,
    sittings: log.sittings.length,
    lateNightSittings: late.length,
    lateNightPastThreshold: pastThreshold.length,
    lateNightWithCard: pastThreshold.filter((sitting) => sitting.cards > 0).length,
    violations: new Map(GOALS.map((goal) => [goal.id, goal.violations(log).length])),
  };
}
