import type { IDBPDatabase } from 'idb';
import { INVITE_ACTION } from '../../../utils/nudging/plan';
import type { NudgeRecord } from '../../../utils/records/types';
import type { TendDB } from './schema';

/** The newest first, ties by id descending: the order of an index walked backwards. */
export const newestFirst = (a: NudgeRecord, b: NudgeRecord) => b.at - a.at || (a.id < b.id ? 1 : a.id > b.id ? -1 : 0);

/** A card left alone this long is recorded as ignored and taken down. */
export const IGNORE_AFTER_MS = 5 * 60_000;

/** Nudges shown since `since`, newest last. Bounded: at most a few a day are ever shown. */
export async function nudgesSince(db: IDBPDatabase<TendDB>, since: number): Promise<NudgeRecord[]> {
  return db.getAllFromIndex('nudges', 'by-at', IDBKeyRange.lowerBound(since));
}

/** The invitation to add people, answered with "Add people": its card went as the options page opened. */
export function isAcceptedInvitation(nudge: NudgeRecord): boolean {
  return nudge.actionId === INVITE_ACTION && nudge.outcome === 'acted';
}

/**
 * Still waiting for the user and not yet timed out: shown, or acted on (a card that opened a message
 * stays up for "I did it"), except an accepted invitation, which is already gone.
 */
export function isOnScreen(nudge: NudgeRecord, now: number): boolean {
  const waiting = nudge.outcome === 'shown' || (nudge.outcome === 'acted' && !isAcceptedInvitation(nudge));
  return waiting && now - nudge.at < IGNORE_AFTER_MS;
}
