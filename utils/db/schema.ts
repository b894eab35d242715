/**
 * Tend's IndexedDB schema. Each version keeps its own DBSchema interface so
 * migrations can be typed against the shape they start from; `TendDB` is the
 * current one. Records hold only data the user gave Tend or Tend measured.
 */
import type { DBSchema } from 'idb';

export const DB_NAME = 'tend';

export type ChannelKind = 'email' | 'sms' | 'phone' | 'whatsapp' | 'telegram' | 'signal' | 'link';

export interface Channel {
  kind: ChannelKind;
  /** Address, number, handle or https link, as the user typed it and it was validated. */
  value: string;
}

export interface Person {
  id: string;
  name: string;
  channels: Channel[];
  /** Keep in touch every this many days; null when the user set no cadence. */
  cadenceDays: number | null;
  notes: string;
  lastContactAt: number | null;
  archived: boolean;
  createdAt: number;
  updatedAt: number;
}

export type MomentKind = 'challenge' | 'goal' | 'milestone' | 'date' | 'value' | 'news';

/** Something a person shared that is worth coming back to. */
export interface Moment {
  id: string;
  personId: string;
  kind: MomentKind;
  text: string;
  /** Local date (YYYY-MM-DD) they shared it. */
  sharedOn: string;
  /** Local date (YYYY-MM-DD) to follow up, or null. */
  followUpOn: string | null;
  resolved: boolean;
  createdAt: number;
  updatedAt: number;
}

export type InteractionKind = 'message' | 'call' | 'video' | 'voice-note' | 'in-person' | 'other';

/** A connection the user made. */
export interface Interaction {
  id: string;
  personId: string;
  at: number;
  how: InteractionKind;
  note: string;
  /** The nudge that led to it, when one did. */
  nudgeId: string | null;
}

export type NudgeOutcome = 'shown' | 'acted' | 'done' | 'snoozed' | 'dismissed' | 'ignored';

/** A nudge as version 1 and 2 stored it. */
export interface NudgeRecordV1 {
  id: string;
  at: number;
  site: string;
  /** The tab the card was shown in; null for a preview. */
  tabId: number | null;
  passiveMinutes: number;
  /** Null when the user had no people yet and the nudge invited them to add some. */
  personId: string | null;
  actionId: string;
  reason: string;
  outcome: NudgeOutcome;
  decidedAt: number | null;
}

/** Version 3 adds what a nudge was about, what was skipped for another idea, and how long a snooze lasts. */
export interface NudgeRecord extends NudgeRecordV1 {
  /** The moment the suggestion was about, if any. */
  momentId: string | null;
  /** Ideas shown before this one and passed over with "Another idea". */
  skipped: { personId: string | null; actionId: string }[];
  /** Set when the outcome is `snoozed`: no nudges anywhere until then. */
  snoozedUntil: number | null;
}

/** The site recorded for a nudge shown from the options page's preview. */
export const PREVIEW_SITE = 'preview';

/** Totals for one site on one local day. */
export interface DayTotal {
  /** Local date, YYYY-MM-DD. */
  day: string;
  site: string;
  passiveMs: number;
  nudges: number;
  connections: number;
}

/** The stores of version 1, with the nudge record shape left open for later versions. */
interface CoreStores<Nudge> {
  people: { key: string; value: Person };
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

export interface TendDBv1 extends DBSchema, CoreStores<NudgeRecordV1> {}

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
export interface TendDBv3 extends DBSchema, CoreStores<NudgeRecord>, Pick<TendDBv2, 'sittings' | 'ledger'> {}

export type TendDB = TendDBv3;
