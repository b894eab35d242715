/**
 * Validators for records as Tend stores them, for reading them back from a
 * backup file. A record the user made is what a page sends (`inputs.ts`)
 * plus what Tend adds: an id, timestamps, last contact, archived, resolved.
 * Each is built from its input validator, so a field checked one way when
 * typed in is checked the same way when imported. Nudges and day totals
 * have no input: Tend alone writes them.
 *
 * Fields come out in the order the background writes them: an import
 * preview compares records as JSON text, so another order would count an
 * unchanged record as updated.
 */
import { ACTIONS } from '../nudging/actions';
import { INVITE_ACTION } from '../nudging/plan';
import {
  array,
  boolean,
  extend,
  nullable,
  number,
  object,
  oneOf,
  optional,
  string,
  type Validator,
} from '../platform/validate';
import {
  interactionInput,
  localDay,
  MAX_DRAFT_LENGTH,
  momentInput,
  NUDGE_OUTCOMES,
  personInput,
  recordId,
  timestamp,
} from './inputs';
import type { DayTotal, Interaction, Moment, NudgeRecord, Person } from './types';

const count = number({ min: 0, max: 1e9, integer: true });

export const personRecord: Validator<Person> = extend(personInput, {
  id: recordId,
  lastContactAt: nullable(timestamp),
  archived: boolean,
  createdAt: timestamp,
  updatedAt: timestamp,
});

export const momentRecord: Validator<Moment> = extend(momentInput, {
  id: recordId,
  resolved: boolean,
  createdAt: timestamp,
  updatedAt: timestamp,
});

/** The id leads here, as it does in every record (`extend` would put it after the input's fields). */
export const interactionRecord: Validator<Interaction> = object({
  id: recordId,
  ...interactionInput.shape,
  nudgeId: nullable(recordId),
});

const ACTION_IDS = [...ACTIONS.map((action) => action.id), INVITE_ACTION];

export const nudgeRecord: Validator<NudgeRecord> = object({
  id: recordId,
  at: timestamp,
  site: string({ min: 1, max: 300 }),
  tabId: nullable(number({ min: 0, max: 2 ** 31, integer: true })),
  passiveMinutes: count,
  personId: nullable(recordId),
  actionId: oneOf(ACTION_IDS),
  momentId: nullable(recordId),
  reason: string({ max: 1_000 }),
  outcome: oneOf(NUDGE_OUTCOMES),
  decidedAt: nullable(timestamp),
  skipped: array(object({ personId: nullable(recordId), actionId: oneOf(ACTION_IDS) }), { max: 100 }),
  snoozedUntil: nullable(timestamp),
  night: optional(boolean),
  draftBody: optional(string({ max: MAX_DRAFT_LENGTH })),
  unsent: optional(boolean),
});

/**
 * More than a day could hold, however it was lived: a local date lasts 25
 * hours when clocks go back, and a flight west over the date line lives it twice.
 */
const MAX_PASSIVE_MS_ON_A_DATE = 72 * 3_600_000;

export const dayRecord: Validator<DayTotal> = object({
  day: localDay,
  site: string({ min: 1, max: 300 }),
  passiveMs: number({ min: 0, max: MAX_PASSIVE_MS_ON_A_DATE }),
  nudges: count,
  connections: count,
});
