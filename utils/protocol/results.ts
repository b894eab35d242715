/**
 * What the background answers, by shape: the data each message's reply
 * carries. Types only, so every context may import them, and the protocol
 * depends on no background code.
 */

import type { DayPoint, Drifting, Streaks } from '../insights/figures';
import type { HistoryCursor } from '../insights/history-filter';
import type { SuggestionView } from '../nudging/plan';
import type { Resting } from '../nudging/policy';
import type { PersonName, RankedRow } from '../people/roster';
import type { NudgeOutcome } from '../records/types';

/**
 * Which paths of the sender's site are feeds, as pattern sources (`RegExp.source`, no flags): a content
 * script carries no site's patterns, and learns its own site's when it starts.
 */
export interface FeedPaths {
  feeds: string[];
  notFeeds: string[];
}

export interface ActivityReceipt {
  /** Milliseconds newly counted; time another tab already counted is not counted again. */
  countedMs: number;
  /** False when the user turned this site off, or this is a private window Tend does not count. */
  tracking: boolean;
  /** A nudge to show now: only its id, never what it says. */
  nudge: { id: string } | null;
}

export interface SiteDay {
  site: string;
  siteName: string;
  passiveMs: number;
  nudges: number;
  connections: number;
}

export interface TodayStats {
  day: string;
  sites: SiteDay[];
}

export interface HistoryRow {
  id: string;
  at: number;
  site: string;
  siteName: string;
  passiveMinutes: number;
  personName: string | null;
  action: string;
  outcome: NudgeOutcome;
}

export interface HistoryView {
  rows: HistoryRow[];
  next: HistoryCursor | null;
}

/** Names to choose from, by name; `more` when a limit left some out. */
export interface PersonNames {
  names: PersonName[];
  more: boolean;
}

export interface PeoplePage {
  /** The first rows in the order asked for. */
  rows: RankedRow[];
  /** People not archived. */
  active: number;
  /** Everyone, archived or not. */
  total: number;
}

export interface Insights {
  days: number;
  series: DayPoint[];
  bySite: { site: string; siteName: string; passiveMs: number }[];
  outcomes: Record<NudgeOutcome, number>;
  drifting: Drifting[];
  streaks: Streaks;
}

/** A step a card opened (or copied) that nobody said was done: the popup asks whether it happened. */
export interface AskedLater {
  nudgeId: string;
  personName: string;
  /** The action's title, as the card said it. */
  title: string;
  /** When the card was shown. */
  at: number;
}

/** What holds nudges back now, each liftable: a pause everywhere, a snooze, sites paused for today. */
export interface Holds {
  pausedUntil: number | null;
  snoozedUntil: number | null;
  pausedSites: { site: string; siteName: string }[];
}

/** What the options page's preview shows: a real card, or why a feed would show none now. */
export type Preview = { kind: 'card'; nudgeId: string } | { kind: 'resting'; resting: Resting };

export type SuggestionNow =
  | { kind: 'suggestion'; view: SuggestionView }
  | { kind: 'no-people' }
  | { kind: 'resting'; resting: Resting }
  | { kind: 'none' };
