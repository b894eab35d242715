/**
 * A page of the nudge history, newest first, filtered by site, person,
 * outcome and date range; previews are not nudges and never in it. It walks the most selective index the filters
 * allow, from the newest matching entry down, and stops after one page, or
 * after looking at a bounded number of entries, handing back where it
 * stopped. So a page costs the same with a hundred nudges or a million.
 */
import type { IDBPDatabase } from 'idb';
import type { HistoryCursor, HistoryFilter } from '../../../utils/insights/history-filter';
import { isPreview } from '../../../utils/records/preview';
import type { NudgeRecord } from '../../../utils/records/types';
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
  const [index, range] =
    filter.personId !== undefined
      ? [store.index('by-person-at'), IDBKeyRange.bound([filter.personId, from], [filter.personId, to])]
      : filter.site !== undefined
        ? [store.index('by-site-at'), IDBKeyRange.bound([filter.site, from], [filter.site, to])]
        : filter.outcome !== undefined
          ? [store.index('by-outcome-at'), IDBKeyRange.bound([filter.outcome, from], [filter.outcome, to])]
          : [store.index('by-at'), IDBKeyRange.bound(from, to)];

  const rows: NudgeRecord[] = [];
  let scanned = 0;
  let last: HistoryCursor | null = null;
  for (let entry = await index.openCursor(range, 'prev'); entry; entry = await entry.continue()) {
    const nudge = entry.value;
    // Entries at the cursor's own time were on the previous page down to its id (the walk goes by id, descending).
    if (cursor && nudge.at === cursor.at && nudge.id >= cursor.id) continue;
    scanned++;
    last = { at: nudge.at, id: nudge.id };
    if (matches(nudge, filter)) rows.push(nudge);
    if (rows.length === limit || scanned === scanLimit) {
      await tx.done;
      return { rows, next: last };
    }
  }
  await tx.done;
  return { rows, next: null };
}
