import type { IDBPDatabase } from 'idb';
import type { Span } from '../../../utils/detection/report';
import { dayKey, startOfNextDay } from '../../../utils/platform/day';
import type { DayTotal } from '../../../utils/records/types';
import type { TendDB } from './schema';

/** Splits wall-clock spans at local midnights and sums them per day. */
export function passiveMsByDay(spans: readonly Span[]): Map<string, number> {
  const byDay = new Map<string, number>();
  for (const [spanStart, end] of spans) {
    let start = spanStart;
    while (start < end) {
      const cut = Math.min(end, startOfNextDay(start));
      const day = dayKey(start);
      byDay.set(day, (byDay.get(day) ?? 0) + (cut - start));
      start = cut;
    }
  }
  return byDay;
}

export function emptyDay(day: string, site: string): DayTotal {
  return { day, site, passiveMs: 0, nudges: 0, connections: 0 };
}

export async function readDay(db: IDBPDatabase<TendDB>, day: string): Promise<DayTotal[]> {
  return db.getAll('days', IDBKeyRange.bound([day, ''], [day, '\uffff']));
}

/** Adds one nudge or one connection to a site's day, inside the caller's transaction. */
export async function countOnDay(
  days: { get(key: [string, string]): Promise<DayTotal | undefined>; put(value: DayTotal): Promise<unknown> },
  day: string,
  site: string,
  field: 'nudges' | 'connections',
): Promise<void> {
  const total = (await days.get([day, site])) ?? emptyDay(day, site);
  await days.put({ ...total, [field]: total[field] + 1 });
}
