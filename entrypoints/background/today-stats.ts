import type { IDBPDatabase } from 'idb';
import { dayKey } from '../../utils/platform/day';
import type { TodayStats } from '../../utils/protocol/results';
import { siteLabel } from '../../utils/sites/label';
import { readDay } from './db/days';
import type { TendDB } from './db/schema';

export async function todayStats(db: IDBPDatabase<TendDB>, now: number): Promise<TodayStats> {
  const day = dayKey(now);
  const totals = await readDay(db, day);
  return {
    day,
    sites: totals
      .map((total) => ({
        site: total.site,
        siteName: siteLabel(total.site),
        passiveMs: total.passiveMs,
        nudges: total.nudges,
        connections: total.connections,
      }))
      .sort((a, b) => b.passiveMs - a.passiveMs),
  };
}
