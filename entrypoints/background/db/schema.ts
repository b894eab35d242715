/**
 * Tend's IndexedDB schema: one DBSchema interface per version, naming its
 * stores and indexes; `TendDB` is the current one. A record whose shape
 * changed keeps its old type beside the new (`NudgeRecordV1`, `PersonV1`);
 * records that never changed share one type across versions. Records hold
 * only data the user gave Tend or Tend measured (`utils/records/types.ts`).
 */
import type { DBSchema } from 'idb';
import type { PersonRow } from '../../../utils/people/roster';
import type {
  ChannelKind,
  DayTotal,
  Interaction,
  Moment,
  MomentKind,
  NudgeRecord,
  NudgeRecordV1,
  Person,
  PersonV1,
} from '../../../utils/records/types';

export const DB_NAME = 'tend';

/** The stores of version 1, with the person and nudge record shapes left open for later versions. */
interface CoreStores<Nudge, Someone> {
  people: { key: string; value: Someone };
  moments: {
    key: string;
    value: Moment;
    indexes: { 'by-person': string; 'by-follow-up': string };
  };
  interactions: {
    key: string;
    value: Interaction;
    indexes: { 'by-person-at': [string, number]; 'by-at': number };
  };
  nudges: {
    key: string;
    value: Nudge;
    indexes: {
      'by-at': number;
      'by-site-at': [string, number];
      'by-person-at': [string, number];
      'by-outcome-at': [string, number];
    };
  };
  days: {
    key: [string, string];
    value: DayTotal;
    indexes: { 'by-site-day': [string, string] };
  };
}

export interface TendDBv1 extends DBSchema, CoreStores<NudgeRecordV1, PersonV1> {}

/**
 * A stretch of passive scrolling on one site, ending after a few minutes
 * away from its feeds. Nudge thresholds apply per sitting.
 */
export interface Sitting {
  id: string;
  site: string;
  startedAt: number;
  lastPassiveAt: number;
  passiveMs: number;
}

/**
 * Wall-clock time already counted in the last few minutes, across all tabs
 * and sites. A report only adds what is not here yet, so two tabs never
 * count one second twice and a report sent again changes nothing.
 */
export interface Ledger {
  id: 'counted';
  spans: [number, number][];
}

/** Version 2 adds sittings and the ledger of counted time. */
export interface TendDBv2 extends TendDBv1 {
  sittings: {
    key: string;
    value: Sitting;
    indexes: { 'by-site-last': [string, number] };
  };
  ledger: { key: 'counted'; value: Ledger };
}

/** Version 3 completes nudge records (see NudgeRecord). */
export interface TendDBv3 extends DBSchema, CoreStores<NudgeRecord, PersonV1>, Pick<TendDBv2, 'sittings' | 'ledger'> {}

/** Version 4 adds what the user calls each person (see Person). */
export interface TendDBv4 extends DBSchema, CoreStores<NudgeRecord, Person>, Pick<TendDBv2, 'sittings' | 'ledger'> {}

/**
 * A person's row in the lists, with the keys that order them (see
 * `utils/people/roster.ts`): written in the same transaction as the person,
 * so a list reads one page through an index instead of every person. The
 * `active…` keys and `suggestFrom` are present only while the person is
 * not archived, so the indexes on them hold active people alone.
 */
export interface RosterEntry extends PersonRow {
  fold: string;
  group: number;
  dueDay: string;
  lastDay: string;
  activeFold?: string;
  activeGroup?: number;
  /** The first day the engine's everyday ideas may be due for them; '' when never in touch. */
  suggestFrom?: string;
  /** The kinds of channel they can be reached on, which the engine weighs ideas by. */
  reach: ChannelKind[];
}

/**
 * A moment not yet resolved, by the dates on which it may ask for
 * something (see `utils/nudging/moment-ideas.ts`): written in the same
 * transaction as the moment, so the engine finds what is due through
 * indexes instead of reading every moment. Absent fields are not indexed.
 */
export interface AgendaEntry {
  id: string;
  personId: string;
  kind: MomentKind;
  sharedOn: string;
  followUpOn?: string;
  /** A goal's check date. */
  goalCheck?: string;
  /** MM-DD of a yearly date (a birthday, an anniversary). */
  monthDay?: string;
}

/** The time zone the roster's local dates were computed in: another zone rebuilds it. */
export interface RosterZone {
  id: 'roster-zone';
  zone: string;
}

/** How many people there are, and how many are not archived: kept with the roster, so no list counts them. */
export interface PeopleCount {
  id: 'people-count';
  active: number;
  total: number;
}

/** The day's shortlist (`day-shortlist.ts`): the people whose ideas could be worth the most on `day`. */
export interface Shortlist {
  id: 'shortlist';
  /** The local date it was made for. */
  day: string;
  entries: RosterEntry[];
  /** Their open moments that may ask for something that day, as the engine weighs them (no words). */
  timely: Moment[];
  /** The first person left out, best bound first: no one else left out can be worth more. */
  leftOut: { id: string; most: number } | null;
}

/** The cards shown since `since`, every one of them, previews left out (`recent-cards.ts`). */
export interface RecentCards {
  id: 'recent-cards';
  since: number;
  cards: NudgeRecord[];
}

/** What is kept about the summaries themselves, one record each. */
export type Meta = RosterZone | PeopleCount | Shortlist | RecentCards;

/** Version 5 adds the roster of people (and their count) and the agenda of open moments, summaries kept with their records. */
export interface TendDBv5 extends TendDBv4 {
  roster: {
    key: string;
    value: RosterEntry;
    indexes: {
      'by-name': [string, string];
      'active-by-name': [string, string];
      'by-overdue': [number, string, string, string, string];
      'active-by-overdue': [number, string, string, string, string];
      'active-by-suggest-from': string;
    };
  };
  agenda: {
    key: string;
    value: AgendaEntry;
    indexes: { 'by-follow-up': string; 'by-shared': string; 'by-goal-check': string; 'by-month-day': string };
  };
  meta: { key: Meta['id']; value: Meta };
}

export type TendDB = TendDBv5;
