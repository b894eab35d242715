/**
 * What a simulated month leaves behind: who and what Tend knew, every
 * sitting, every idea a card showed and how it was answered, and every
 * connection. The goals and measurements are pure functions of this alone,
 * so they can be checked on a log written by hand.
 */
import type { MomentKind } from '../../utils/records/types';

export interface LoggedPerson {
  id: string;
  name: string;
  cadenceDays: number | null;
}

export interface LoggedMoment {
  id: string;
  personId: string;
  kind: MomentKind;
  text: string;
  /** YYYY-MM-DD. */
  sharedOn: string;
  /** YYYY-MM-DD, or null for an undated moment. */
  followUpOn: string | null;
  /** When the user entered it in Tend. */
  addedAt: number;
}

/** A connection made with someone: logged by hand before the month, or "I did it" on a card. */
export interface LoggedConnection {
  personId: string;
  at: number;
}

/**
 * How the user answered one idea. `another` asks for the next idea on the
 * same card; `ignored` leaves the card until its time runs out. Late at
 * night a card offers instead to `plan` the step for the morning, `write`
 * its message now to send then, or `close-feed`.
 */
export type Answer = 'done' | 'another' | 'not-now' | 'snooze' | 'ignored' | 'plan' | 'write' | 'close-feed';

/** A late-night card's step put off to the morning (or left unanswered): it may come back then. */
export const DEFERRED: readonly Answer[] = ['plan', 'write', 'close-feed', 'ignored'];

/** One idea as a card showed it: a card shows one, and one more after each "Another idea". */
export interface ShownIdea {
  nudgeId: string;
  /** 0 for the idea the card opened with. */
  ideaIndex: number;
  at: number;
  /** Null on a card that invites the user to add people. */
  personId: string | null;
  actionId: string;
  momentId: string | null;
  title: string;
  /** The card's "why", as the user read it. */
  reason: string;
  answer: Answer;
  /** When the answer was given, or when the card's time ran out. */
  answeredAt: number;
  /** Shown outside waking hours, as a late-night card. */
  night: boolean;
}

export interface LoggedSitting {
  startedAt: number;
  endedAt: number;
  passiveMs: number;
  /** Begun between 23:00 and 00:30 local time. */
  lateNight: boolean;
  /** Cards shown during it. */
  cards: number;
  /** Ended by "Close the feed" on a late-night card. */
  closedByCard: boolean;
}

export interface MonthLog {
  seed: number;
  /** Local midnight of the month's first day. */
  start: number;
  days: number;
  dailyCap: number;
  thresholdMs: number;
  people: LoggedPerson[];
  moments: LoggedMoment[];
  connections: LoggedConnection[];
  ideas: ShownIdea[];
  sittings: LoggedSitting[];
}

/** The ideas a card opened with, one per card, in time order. */
export function cardsOf(log: MonthLog): ShownIdea[] {
  return log.ideas.filter((idea) => idea.ideaIndex === 0);
}
