import type { IDBPDatabase } from 'idb';
import { MAX_SPAN_AGE_MS, type Span } from '../../../utils/detection/report';
import { spansSince, subtractSpans, totalLength, unionSpans } from '../../../utils/detection/spans';
import { atomically } from './atomic';
import { emptyDay, passiveMsByDay } from './days';
import type { Sitting, TendDB } from './schema';
import { extendSittings, latestSitting } from './sittings';

/** Counted time older than any span a report may still carry is forgotten. */
const LEDGER_WINDOW_MS = MAX_SPAN_AGE_MS + 60_000;

export interface Counted {
  countedMs: number;
  /** The site's current sitting after this report, if it has one. */
  sitting: Sitting | undefined;
}

/**
 * Counts wall-clock spans of passive time on a site: only what no tab has
 * counted yet goes into the day totals and the site's sitting. One
 * transaction, so a worker stopped mid-write leaves no half-counted report,
 * and a report sent again after a lost reply counts nothing twice.
 */
export async function recordPassiveTime(
  db: IDBPDatabase<TendDB>,
  site: string,
  spans: readonly Span[],
  now: number,
): Promise<Counted> {
  const tx = db.transaction(['ledger', 'days', 'sittings'], 'readwrite');
  return atomically(tx, async () => {
    const ledger = tx.objectStore('ledger');
    const counted = spansSince((await ledger.get('counted'))?.spans ?? [], now - LEDGER_WINDOW_MS);
    const fresh = subtractSpans(spans, counted);
    let sitting = await latestSitting(tx, site);
    if (fresh.length > 0) {
      await ledger.put({ id: 'counted', spans: unionSpans(counted, fresh) });
      const days = tx.objectStore('days');
      for (const [day, passiveMs] of passiveMsByDay(fresh)) {
        const total = (await days.get([day, site])) ?? emptyDay(day, site);
        await days.put({ ...total, passiveMs: total.passiveMs + passiveMs });
      }
      for (const changed of extendSittings(sitting, site, fresh, () => crypto.randomUUID())) {
        await tx.objectStore('sittings').put(changed);
        sitting = changed;
      }
    }
    return { countedMs: totalLength(fresh), sitting };
  });
}
