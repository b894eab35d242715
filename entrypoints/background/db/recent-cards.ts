/**
 * The cards of the last fortnight, kept in one row of `meta` beside the
 * nudges: what the engine weighs about the recent past (repeats, a card
 * turned down, the rest after a card) comes from one read, where the
 * nudges' index gives hundreds of records one by one (a long log's week:
 * 640 cards, 30–57 ms as the popup opens; the row, 2–3 ms).
 *
 * The row says from when it holds every card (`since`); previews are never
 * in it. Every write of a nudge notes it in the same transaction
 * (`putNudge`), pruning by age moves `since` on, and anything else that
 * changes nudges wholesale (an import, an update of Tend) forgets the row,
 * which the next ask makes again from the index. An ask further back than
 * `since` reads the index, as before.
 */
import type { IDBPDatabase } from 'idb';
import { isPreview } from '../../../utils/records/preview';
import type { NudgeRecord } from '../../../utils/records/types';
import { atomically } from './atomic';
import type { Meta, RecentCards, TendDB } from './schema';

const DAY = 86_400_000;

/** How far back a row made now reaches: the fortnight a card about someone without a rhythm rests, and a day for the calendar. */
export const CARDS_KEPT_MS = 15 * DAY;

/** The stores a transaction that writes nudges holds; structural, so any transaction's will do. */
export interface CardStores {
  nudges: { put(nudge: NudgeRecord): Promise<unknown> };
  meta: {
    get(id: Meta['id']): Promise<Meta | undefined>;
    put(row: Meta): Promise<unknown>;
  };
}

function recentCardsOf(row: Meta | undefined): RecentCards | null {
  return row?.id === 'recent-cards' ? row : null;
}

/** Writes nudges, and notes them among the recent cards in the same transaction, the row once for all. */
export async function putNudges(stores: CardStores, nudges: readonly NudgeRecord[]): Promise<void> {
  for (const nudge of nudges) await stores.nudges.put(nudge);
  const row = recentCardsOf(await stores.meta.get('recent-cards'));
  if (!row || nudges.length === 0) return;
  // The newest card written sets how far back the row needs to reach.
  const since = Math.max(row.since, ...nudges.map((nudge) => nudge.at - CARDS_KEPT_MS));
  const written = new Set(nudges.map((nudge) => nudge.id));
  const cards = row.cards.filter((card) => !written.has(card.id) && card.at >= since);
  for (const nudge of nudges) if (!isPreview(nudge) && nudge.at >= since) cards.push(nudge);
  await stores.meta.put({ id: 'recent-cards', since, cards });
}

export function putNudge(stores: CardStores, nudge: NudgeRecord): Promise<void> {
  return putNudges(stores, [nudge]);
}

/** Writes a nudge on its own: the record and its note among the recent cards, whole or not at all. */
export async function saveNudge(db: IDBPDatabase<TendDB>, nudge: NudgeRecord): Promise<void> {
  const tx = db.transaction(['nudges', 'meta'], 'readwrite');
  await atomically(tx, () => putNudge({ nudges: tx.objectStore('nudges'), meta: tx.objectStore('meta') }, nudge));
}

/** Every nudge before `cutoff` was deleted: the row holds from there on. */
export async function cardsDeletedBefore(meta: CardStores['meta'], cutoff: number): Promise<void> {
  const row = recentCardsOf(await meta.get('recent-cards'));
  if (!row || row.since >= cutoff) return;
  await meta.put({ id: 'recent-cards', since: cutoff, cards: row.cards.filter((card) => card.at >= cutoff) });
}

/** Nudges were changed wholesale (imported, or by another version of Tend): the next ask reads them afresh. */
export async function forgetRecentCards(meta: { delete(id: Meta['id']): Promise<unknown> }): Promise<void> {
  await meta.delete('recent-cards');
}

/**
 * Every card shown since `from` (previews left out), in no particular order: from the row when it reaches
 * that far back, else from the index, keeping what was read as the row when it reaches back as far as a
 * row made now would.
 */
export async function cardsSince(db: IDBPDatabase<TendDB>, from: number, now: number): Promise<NudgeRecord[]> {
  const row = recentCardsOf(await db.get('meta', 'recent-cards'));
  if (row && row.since <= from) return row.cards.filter((card) => card.at >= from);
  const since = Math.min(from, now - CARDS_KEPT_MS);
  // One transaction for the read and the row, so no nudge written meanwhile is missing from it.
  const tx = db.transaction(['nudges', 'meta'], 'readwrite');
  const read = await tx.objectStore('nudges').index('by-at').getAll(IDBKeyRange.lowerBound(since));
  const cards = read.filter((nudge) => !isPreview(nudge));
  try {
    await Promise.all([tx.objectStore('meta').put({ id: 'recent-cards', since, cards }), tx.done]);
  } catch {
    // A row that cannot be written (a full disk) costs the next ask this read again, and nothing else.
  }
  return cards.filter((card) => card.at >= from);
}
