/**
 * Validators for what the user enters about people: every text bounded,
 * every enum closed, every contact channel checked by `channels.ts`. Used
 * by the protocol for messages, and by `stored.ts`, which builds the stored
 * records' validators (for imports) from these.
 */
import { CHANNEL_KINDS, ChannelError, normaliseChannel } from '../nudging/channels';
import { MAX_CALL_NAME } from '../people/call-name';
import { isDayKey } from '../platform/day';
import {
  absentAs,
  array,
  boolean,
  type Infer,
  nullable,
  number,
  object,
  oneOf,
  optional,
  string,
  ValidationError,
  type Validator,
} from '../platform/validate';
import type { Channel, InteractionKind, MomentKind, NudgeOutcome } from './types';

export const MOMENT_KINDS: readonly MomentKind[] = ['challenge', 'goal', 'milestone', 'date', 'value', 'news'];
/** The longest message a card lets the user write or edit. */
export const MAX_DRAFT_LENGTH = 2_000;

export const NUDGE_OUTCOMES: readonly NudgeOutcome[] = [
  'shown',
  'acted',
  'done',
  'snoozed',
  'dismissed',
  'paused-site',
  'ignored',
  'planned',
  'closed-feed',
];
export const INTERACTION_KINDS: readonly InteractionKind[] = [
  'message',
  'call',
  'video',
  'voice-note',
  'in-person',
  'other',
];

export const recordId = string({ min: 1, max: 64, pattern: /^[A-Za-z0-9_-]+$/ });
const dayShape = string({ min: 10, max: 10, pattern: /^\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$/ });

/** A local date, YYYY-MM-DD, that the calendar has: 2026-02-30 would silently become 2 March. */
export const localDay: Validator<string> = (value, path) => {
  const day = dayShape(value, path);
  if (!isDayKey(day)) throw new ValidationError(`${path} is not a date on the calendar`);
  return day;
};
export const timestamp = number({ min: 0, max: 8.64e15 });

const channelShape = object({ kind: oneOf(CHANNEL_KINDS), value: string({ max: 300 }) });

export const channel: Validator<Channel> = (value, path) => {
  const { kind, value: raw } = channelShape(value, path);
  try {
    return { kind, value: normaliseChannel(kind, raw) };
  } catch (error) {
    if (error instanceof ChannelError) throw new ValidationError(`${path}: ${error.message}`);
    throw error;
  }
};

export const personInput = object({
  id: optional(recordId),
  name: string({ min: 1, max: 100 }),
  /**
   * What the user calls them; empty for their first name. Absent means
   * empty too, so what was written before the field existed (a backup
   * file, a seed) still reads: the same rule for a message and an import.
   */
  callName: absentAs(string({ max: MAX_CALL_NAME }), ''),
  channels: array(channel, { max: 10 }),
  cadenceDays: nullable(number({ min: 1, max: 365, integer: true })),
  notes: string({ max: 5_000 }),
});
export type PersonInput = Infer<typeof personInput>;

export const momentInput = object({
  id: optional(recordId),
  personId: recordId,
  kind: oneOf(MOMENT_KINDS),
  text: string({ min: 1, max: 300 }),
  sharedOn: localDay,
  followUpOn: nullable(localDay),
  resolved: optional(boolean),
});
export type MomentInput = Infer<typeof momentInput>;

export const interactionInput = object({
  personId: recordId,
  at: timestamp,
  how: oneOf(INTERACTION_KINDS),
  note: string({ max: 1_000 }),
});
export type InteractionInput = Infer<typeof interactionInput>;
