/**
 * A page of the nudge history, newest first, filtered by site, person,
 * outcome and date range; previews are not nudges and never in it. It walks the most selective index the filters
 * allow, from the newest matching entry down, a batch of entries per
 * request, and stops after one page, or after looking at a bounded number
 * of entries, handing back where it stopped. So a page costs the same with
 * a hundred nudges or a million.
 */
import type { IDBPDatabase } from 'idb';
import type { HistoryCursor, HistoryFilter } from '../../../utils/insights/history-filter';
import { isPreview } from '../../../utils/records/preview';
import type { NudgeRecord } from '../../../utils/records/types';
import { newestFirst } from './recent-nudges';
import type { TendDB } from './schema';

export interface HistoryPage {
  rows: NudgeRecord[];
  /** Null when there is nothing older to look at. */
  next: HistoryCursor | null;
}

/** Most entries one request reads before returning what it found so far. */
export const SCAN_LIMIT = 20_000;

function matches(nudge: NudgeRecord, filter: HistoryFilter): boolean {
  return (
    !isPreview(nudge) &&
    (filter.site === undefined || nudge.site === filter.site) &&
    (filter.personId === undefined || nudge.personId === filter.personId) &&
    (filter.outcome === undefined || nudge.outcome === filter.outcome)
  );
}

/** Entries read by the first batch of a page; each next batch reads twice as many, up to the most. */
const MOST_IN_A_BATCH = 1_000;

export async function historyPage(
  db: IDBPDatabase<TendDB>,
  filter: HistoryFilter,
  cursor: HistoryCursor | null,
  limit: number,
  scanLimit = SCAN_LIMIT,
): Promise<HistoryPage> {
  const from = filter.from ?? -Infinity;
  const to = Math.min(filter.to ?? Infinity, cursor?.at ?? Infinity);
  if (to < from) return { rows: [], next: null };
  const tx = db.transaction('nudges', 'readonly');
  const store = tx.store;
  // The index whose first key is a filter narrows the walk to that filter's entries.
  const [index, key] =
    filter.personId !== undefined
      ? [store.index('by-person-at'), (at: number) => [filter.personId, at]]
      : filter.site !== undefined
        ? [store.index('by-site-at'), (at: number) => [filter.site, at]]
        : filter.outcome !== undefined
          ? [store.index('by-outcome-at'), (at: number) => [filter.outcome, at]]
          : [store.index('by-at'), (at: number) => at];

  const rows: NudgeRecord[] = [];
  let scanned = 0;
  let last: HistoryCursor | null = null;
  // Entries at the cursor's own time were on the previous page down to its id; those at a batch's last time
  // were all read with it, so the next batch ends before that time.
  let upper = { at: to, open: false };
  let skip = cursor;
  for (let batch = limit; ; batch = Math.min(batch * 2, MOST_IN_A_BATCH)) {
    const range = IDBKeyRange.bound(key(from), key(upper.at), false, upper.open);
    // Newest first, a batch at a time: find the oldest entry of the batch with a key cursor, then read from
    // it to the newest in one request, rather than stepping a cursor entry by entry.
    const newest = await index.openKeyCursor(range, 'prev');
    if (!newest) break;
    const oldest = batch > 1 ? await newest.advance(batch - 1) : newest;
    const entries = await index.getAll(
      oldest ? IDBKeyRange.bound(oldest.key, key(upper.at), false, upper.open) : range,
    );
    entries.sort(newestFirst);
    for (const nudge of entries) {
      if (skip && nudge.at === skip.at && nudge.id >= skip.id) continue;
      scanned++;
      last = { at: nudge.at, id: nudge.id };
      if (matches(nudge, filter)) rows.push(nudge);
      if (rows.length === limit || scanned === scanLimit) {
        await tx.done;
        return { rows, next: last };
      }
    }
    const oldestAt = entries.at(-1)?.at;
    if (!oldest || oldestAt === undefined) break;
    upper = { at: oldestAt, open: true };
    skip = null;
  }
  await tx.done;
  return { rows, next: null };
}
