import type { IDBPTransaction } from 'idb';
import type { Span } from '../../../utils/detection/report';
import type { Sitting, TendDB } from './schema';

/** A sitting ends after this long without passive time on its site. */
export const SITTING_GAP_MS = 5 * 60_000;

/**
 * Adds spans of passive time on one site to its latest sitting, starting a
 * new sitting after each gap longer than SITTING_GAP_MS. Returns every
 * sitting that changed, the current one last.
 */
export function extendSittings(
  latest: Sitting | undefined,
  site: string,
  spans: readonly Span[],
  newId: () => string,
): Sitting[] {
  const changed: Sitting[] = [];
  let current = latest;
  for (const [start, end] of spans) {
    if (!current || start - current.lastPassiveAt > SITTING_GAP_MS) {
      current = { id: newId(), site, startedAt: start, lastPassiveAt: end, passiveMs: 0 };
    } else if (changed.at(-1) !== current) {
      current = { ...current };
    }
    current.passiveMs += end - start;
    current.lastPassiveAt = Math.max(current.lastPassiveAt, end);
    if (changed.at(-1) !== current) changed.push(current);
  }
  return changed;
}

type SittingsTransaction = IDBPTransaction<TendDB, ('sittings' | 'ledger' | 'days')[], 'readwrite' | 'readonly'>;

export async function latestSitting(tx: SittingsTransaction, site: string): Promise<Sitting | undefined> {
  const range = IDBKeyRange.bound([site, -Infinity], [site, Infinity]);
  const cursor = await tx.objectStore('sittings').index('by-site-last').openCursor(range, 'prev');
  return cursor?.value;
}
