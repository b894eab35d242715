import type { IDBPDatabase } from 'idb';
import { dayKey, startOfDayKey } from '../day';
import type { NudgeOutcome, TendDB } from '../db/schema';
import {
  type DayPoint,
  type Drifting,
  dailySeries,
  drifting,
  emptyOutcomes,
  lastDays,
  minutesBySite,
  OUTCOME_ORDER,
  type Streaks,
  streaks,
} from '../insights';
import type { Settings } from '../settings';
import { siteForId } from '../sites';

export interface Insights {
  days: number;
  series: DayPoint[];
  bySite: { site: string; siteName: string; passiveMs: number }[];
  outcomes: Record<NudgeOutcome, number>;
  drifting: Drifting[];
  streaks: Streaks;
}

/** Streaks can outlast the chart, so they are counted over a year of days. */
const STREAK_DAYS = 366;

export function siteLabel(site: string): string {
  if (site === 'other') return 'Elsewhere';
  if (site === 'preview') return 'Preview';
  return siteForId(site)?.name ?? site;
}

export async function insights(
  db: IDBPDatabase<TendDB>,
  _settings: Settings,
  days: number,
  now: number,
): Promise<Insights> {
  const year = lastDays(now, STREAK_DAYS);
  const period = year.slice(-days);
  const [first] = period;
  const totals = await db.getAll('days', IDBKeyRange.bound([year[0] ?? '', ''], [dayKey(now), '\uffff']));
  const inPeriod = totals.filter((total) => first !== undefined && total.day >= first);
  const since = first === undefined ? now : startOfDayKey(first);
  const outcomes = emptyOutcomes();
  for (const outcome of OUTCOME_ORDER) {
    outcomes[outcome] = await db.countFromIndex(
      'nudges',
      'by-outcome-at',
      IDBKeyRange.bound([outcome, since], [outcome, now]),
    );
  }
  return {
    days,
    series: dailySeries(inPeriod, period),
    bySite: minutesBySite(inPeriod).map((s) => ({ ...s, siteName: siteLabel(s.site) })),
    outcomes,
    drifting: drifting(await db.getAll('people'), now),
    streaks: streaks(dailySeries(totals, year)),
  };
}
