/**
 * The records Tend keeps: what the user gave it and what it measured. One
 * definition for every context: the database stores them, the protocol
 * carries them, backups hold them, pages show them.
 */

export type ChannelKind = 'email' | 'sms' | 'phone' | 'whatsapp' | 'telegram' | 'signal' | 'link';

export interface Channel {
  kind: ChannelKind;
  /** Address, number, handle or https link, as the user typed it and it was validated. */
  value: string;
}

/** A person as versions 1 to 4 stored them. */
export interface PersonV1 {
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

/**
 * Version 5 adds what the user calls them. Empty means "their first name",
 * not a copy of it taken when they were added: a name corrected later
 * changes the greeting too, and a person has one way to be unset, where a
 * nullable text would have two (null and empty). See `utils/people/call-name.ts`.
 */
export interface Person extends PersonV1 {
  callName: string;
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

/**
 * What became of a nudge. `dismissed` is "Not now" (about this idea, now); `paused-site` is "Pause here
 * today" (about the site, for the day), no judgement on the person or the idea.
 */
export type NudgeOutcome =
  | 'shown'
  | 'acted'
  | 'done'
  | 'snoozed'
  | 'dismissed'
  | 'paused-site'
  | 'ignored'
  /** A late-night card's step, planned for the morning (perhaps with its message written). */
  | 'planned'
  /** A late-night card answered with "Close the feed". */
  | 'closed-feed';

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
  /**
   * Shown outside the user's waking hours: the card offers to plan the step for the morning instead of
   * taking it now. Absent on every other card (and on cards stored before late-night cards existed).
   */
  night?: boolean;
  /** The message as the user wrote it ahead (on a late-night card), given back with the step in the morning. */
  draftBody?: string;
  /**
   * Asked later whether the message it opened (or copied) was sent, the user said no: the nudge stays
   * `acted`, and Tend does not ask again. Absent until then.
   */
  unsent?: boolean;
}

/** Totals for one site on one local day. */
export interface DayTotal {
  /** Local date, YYYY-MM-DD. */
  day: string;
  site: string;
  passiveMs: number;
  nudges: number;
  connections: number;
}
