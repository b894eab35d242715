import type { IDBPDatabase } from 'idb';
import { dayKey } from '../day';
import { readDay } from '../db/days';
import type { TendDB } from '../db/schema';
import type { TodayStats } from '../protocol/messages';
import { siteForId } from '../sites';

export async function todayStats(db: IDBPDatabase<TendDB>, now: number): Promise<TodayStats> {
  const day = dayKey(now);
  const totals = await readDay(db, day);
  return {
    day,
    sites: totals
      .map((total) => ({
        site: total.site,
        siteName: siteForId(total.site)?.name ?? total.site,
        passiveMs: total.passiveMs,
        nudges: total.nudges,
        connections: total.connections,
      }))
      .sort((a, b) => b.passiveMs - a.passiveMs),
  };
}
