/**
 * Deletes history older than the user keeps it: nudges, connections, daily
 * totals and sittings. People and what they shared are not history and stay.
 * A connection that points at a nudge being deleted keeps its place and
 * loses only the pointer, so nothing is left dangling.
 */
import type { IDBPDatabase } from 'idb';
import { addDays, dayKey } from '../../../utils/platform/day';
import { atomically } from './atomic';
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
  const tx = db.transaction(['nudges', 'interactions', 'days', 'sittings'], 'readwrite');
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
