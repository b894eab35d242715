/**
 * What the background keeps up to date on its own: the badge, history
 * pruned to what the user chose to keep, previews gone after a day, and
 * the day's shortlist made as the day begins (`day-shortlist.ts`).
 */
import type { IDBPDatabase } from 'idb';
import { browser } from '../../utils/platform/browser';
import type { Settings } from '../../utils/settings/settings';
import { scheduleBadge, updateBadge } from './badge';
import { prepareShortlist } from './db/day-shortlist';
import { pruneHistory, prunePreviews } from './db/prune';
import type { TendDB } from './db/schema';

export const PRUNE_ALARM = 'prune-history';

export async function keepUp(db: IDBPDatabase<TendDB>, settings: Settings, now: number): Promise<void> {
  await updateBadge(db, settings, now);
  await scheduleBadge(settings, now);
  if (settings.historyDays !== null) await pruneHistory(db, settings.historyDays, now);
  await prunePreviews(db, now);
  await prepareShortlist(db, now);
}

/** Once a day, even when the browser stays open for weeks. */
export async function schedulePruning(): Promise<void> {
  if (!(await browser.alarms.get(PRUNE_ALARM))) {
    await browser.alarms.create(PRUNE_ALARM, { periodInMinutes: 24 * 60, delayInMinutes: 1 });
  }
}
