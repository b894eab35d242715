import type { IDBPDatabase } from 'idb';
import { MAX_SPAN_AGE_MS, type Span } from '../../../utils/detection/report';
import { spansSince, subtractSpans, totalLength, unionSpans } from '../../../utils/detection/spans';
import { dayKey } from '../../../utils/platform/day';
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
  /** Today's passive time on every site with this report's, when it counted anything: what the badge shows. */
  passiveMsToday: number | null;
}

/**
 * Counts wall-clock spans of passive time on a site: only what no tab has
 * counted yet goes into the day totals and the site's sitting. One
 * transaction, so a worker stopped mid-write leaves no half-counted report,
 * and a report sent again after a lost reply counts nothing twice. Today's
 * totals are read once, in it, to add this report's time to its site's and
 * to hand back the day's sum, so nothing reads them again after.
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
    if (fresh.length === 0) return { countedMs: 0, sitting, passiveMsToday: null };
    await ledger.put({ id: 'counted', spans: unionSpans(counted, fresh) });
    const days = tx.objectStore('days');
    const today = dayKey(now);
    const todays = await days.getAll(IDBKeyRange.bound([today, ''], [today, '\uffff']));
    let passiveMsToday = todays.reduce((sum, total) => sum + total.passiveMs, 0);
    for (const [day, passiveMs] of passiveMsByDay(fresh)) {
      const total =
        (day === today ? todays.find((row) => row.site === site) : await days.get([day, site])) ?? emptyDay(day, site);
      await days.put({ ...total, passiveMs: total.passiveMs + passiveMs });
      if (day === today) passiveMsToday += passiveMs;
    }
    for (const changed of extendSittings(sitting, site, fresh, () => crypto.randomUUID())) {
      await tx.objectStore('sittings').put(changed);
      sitting = changed;
    }
    return { countedMs: totalLength(fresh), sitting, passiveMsToday };
  });
}
