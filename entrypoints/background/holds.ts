/**
 * What holds nudges back now, for the popup and Settings to show and lift:
 * a pause everywhere (settings), a snooze (the latest snoozed nudge), and
 * the sites paused for today (settings). Lifting a snooze keeps the nudge's
 * outcome as it was and only ends its hold now.
 */
import type { IDBPDatabase } from 'idb';
import { LONGEST_SNOOZE_MS } from '../../utils/nudging/policy';
import { dayKey } from '../../utils/platform/day';
import type { Holds } from '../../utils/protocol/results';
import type { Settings } from '../../utils/settings/settings';
import { siteLabel } from '../../utils/sites/label';
import { atomically } from './db/atomic';
import { putNudges } from './db/recent-cards';
import { nudgesSince } from './db/recent-nudges';
import type { TendDB } from './db/schema';
import { forgetNudges } from './policy-memory';

export async function currentHolds(db: IDBPDatabase<TendDB>, settings: Settings, now: number): Promise<Holds> {
  const snoozes = (await nudgesSince(db, now - LONGEST_SNOOZE_MS)).map((nudge) => nudge.snoozedUntil ?? 0);
  const snoozedUntil = Math.max(0, ...snoozes);
  const today = dayKey(now);
  return {
    pausedUntil: settings.pausedUntil !== null && settings.pausedUntil > now ? settings.pausedUntil : null,
    snoozedUntil: snoozedUntil > now ? snoozedUntil : null,
    pausedSites: Object.entries(settings.pausedSites)
      .filter(([, day]) => day === today)
      .map(([site]) => ({ site, siteName: siteLabel(site) }))
      .sort((a, b) => a.siteName.localeCompare(b.siteName)),
  };
}

/** Ends every snooze that still holds, now. */
export async function liftSnooze(db: IDBPDatabase<TendDB>, now: number): Promise<void> {
  const tx = db.transaction(['nudges', 'meta'], 'readwrite');
  await atomically(tx, async () => {
    const stores = { nudges: tx.objectStore('nudges'), meta: tx.objectStore('meta') };
    const recent = await stores.nudges.index('by-at').getAll(IDBKeyRange.lowerBound(now - LONGEST_SNOOZE_MS));
    const holding = recent.filter((nudge) => nudge.snoozedUntil !== null && nudge.snoozedUntil > now);
    await putNudges(
      stores,
      holding.map((nudge) => ({ ...nudge, snoozedUntil: now })),
    );
  });
  // The "no" a snooze gave may be remembered: it holds no more.
  forgetNudges();
}
