/**
 * What the background keeps up to date on its own: the badge, history
 * pruned to what the user chose to keep, and previews gone after a day.
 */
import type { IDBPDatabase } from 'idb';
import { browser } from '../../utils/platform/browser';
import type { Settings } from '../../utils/settings/settings';
import { scheduleBadge, updateBadge } from './badge';
import { pruneHistory, prunePreviews } from './db/prune';
import type { TendDB } from './db/schema';

export const PRUNE_ALARM = 'prune-history';

export async function keepUp(db: IDBPDatabase<TendDB>, settings: Settings, now: number): Promise<void> {
  await updateBadge(db, settings, now);
  await scheduleBadge(settings, now);
  if (settings.historyDays !== null) await pruneHistory(db, settings.historyDays, now);
  await prunePreviews(db, now);
}

/** Once a day, even when the browser stays open for weeks. */
export async function schedulePruning(): Promise<void> {
  if (!(await browser.alarms.get(PRUNE_ALARM))) {
    await browser.alarms.create(PRUNE_ALARM, { periodInMinutes: 24 * 60, delayInMinutes: 1 });
  }
}
