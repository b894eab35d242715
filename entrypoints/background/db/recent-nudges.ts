import type { IDBPDatabase } from 'idb';
import type { NudgeRecord } from '../../../utils/records/types';
import type { TendDB } from './schema';

/** A card left alone this long is recorded as ignored and taken down. */
export const IGNORE_AFTER_MS = 5 * 60_000;

/** Nudges shown since `since`, newest last. Bounded: at most a few a day are ever shown. */
export async function nudgesSince(db: IDBPDatabase<TendDB>, since: number): Promise<NudgeRecord[]> {
  return db.getAllFromIndex('nudges', 'by-at', IDBKeyRange.lowerBound(since));
}

/** Still waiting for the user: shown (or acted on) and not yet timed out. */
export function isOnScreen(nudge: NudgeRecord, now: number): boolean {
  return (nudge.outcome === 'shown' || nudge.outcome === 'acted') && now - nudge.at < IGNORE_AFTER_MS;
}
