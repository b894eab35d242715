/**
 * Deletes history older than the user keeps it: nudges, connections, daily
 * totals and sittings. People and what they shared are not history and stay.
 * A connection that points at a nudge being deleted keeps its place and
 * loses only the pointer, so nothing is left dangling. Previews are not
 * history: they go after a day, however long the user keeps history.
 */
import type { IDBPDatabase } from 'idb';
import { addDays, dayKey } from '../../../utils/platform/day';
import { PREVIEW_KEPT_MS } from '../../../utils/records/preview';
import { PREVIEW_SITE } from '../../../utils/sites/label';
import { atomically } from './atomic';
import { cardsDeletedBefore } from './recent-cards';
import type { TendDB } from './schema';

/** 24 hours: records are kept for a duration; daily totals, by date (see below). */
const DAY = 86_400_000;

export interface Pruned {
  nudges: number;
  interactions: number;
  days: number;
  sittings: number;
}

export async function pruneHistory(db: IDBPDatabase<TendDB>, keepDays: number, now: number): Promise<Pruned> {
  const cutoff = now - keepDays * DAY;
  const tx = db.transaction(['nudges', 'interactions', 'days', 'sittings', 'meta'], 'readwrite');
  return atomically(tx, async () => {
    const pruned: Pruned = { nudges: 0, interactions: 0, days: 0, sittings: 0 };
    const goneNudges = new Set<string>();
    const old = IDBKeyRange.upperBound(cutoff, true);
    for (let c = await tx.objectStore('nudges').index('by-at').openCursor(old); c; c = await c.continue()) {
      goneNudges.add(c.value.id);
      await c.delete();
      pruned.nudges++;
    }
    for (let c = await tx.objectStore('interactions').index('by-at').openCursor(old); c; c = await c.continue()) {
      await c.delete();
      pruned.interactions++;
    }
    if (goneNudges.size > 0) {
      await cardsDeletedBefore(tx.objectStore('meta'), cutoff);
      // A connection is logged within minutes of its nudge; look a day past the cutoff to be safe.
      const recent = IDBKeyRange.bound(cutoff, cutoff + DAY);
      for (let c = await tx.objectStore('interactions').index('by-at').openCursor(recent); c; c = await c.continue()) {
        if (c.value.nudgeId !== null && goneNudges.has(c.value.nudgeId)) await c.update({ ...c.value, nudgeId: null });
      }
    }
    // By the calendar: `now - keepDays * DAY` lands on the wrong date near midnight when a clock change lies between.
    const oldDays = IDBKeyRange.upperBound([addDays(dayKey(now), -keepDays), ''], true);
    for (let c = await tx.objectStore('days').openCursor(oldDays); c; c = await c.continue()) {
      await c.delete();
      pruned.days++;
    }
    for (let c = await tx.objectStore('sittings').openCursor(); c; c = await c.continue()) {
      if (c.value.lastPassiveAt < cutoff) {
        await c.delete();
        pruned.sittings++;
      }
    }
    return pruned;
  });
}

/** Deletes previews older than a day (`records/preview.ts`); returns how many. */
export async function prunePreviews(db: IDBPDatabase<TendDB>, now: number): Promise<number> {
  const tx = db.transaction(['nudges', 'interactions'], 'readwrite');
  return atomically(tx, async () => {
    const gone = new Set<string>();
    let oldest = now;
    const old = IDBKeyRange.bound([PREVIEW_SITE, 0], [PREVIEW_SITE, now - PREVIEW_KEPT_MS], false, true);
    for (let c = await tx.objectStore('nudges').index('by-site-at').openCursor(old); c; c = await c.continue()) {
      gone.add(c.value.id);
      oldest = Math.min(oldest, c.value.at);
      await c.delete();
    }
    if (gone.size > 0) {
      // "I did it" on a preview's card is logged after the card was shown, however long it stayed up.
      const since = IDBKeyRange.lowerBound(oldest);
      for (let c = await tx.objectStore('interactions').index('by-at').openCursor(since); c; c = await c.continue()) {
        if (c.value.nudgeId !== null && gone.has(c.value.nudgeId)) await c.update({ ...c.value, nudgeId: null });
      }
    }
    return gone.size;
  });
}
