import type { IDBPDatabase } from 'idb';
import {
  dailySeries,
  drifting,
  emptyOutcomes,
  lastDays,
  minutesBySite,
  OUTCOME_ORDER,
  streaks,
} from '../../utils/insights/figures';
import { dayKey, startOfDayKey } from '../../utils/platform/day';
import type { Insights } from '../../utils/protocol/results';
import type { Settings } from '../../utils/settings/settings';
import { PREVIEW_SITE, siteLabel } from '../../utils/sites/label';
import { mostOverdue } from './db/roster-reads';
import type { TendDB } from './db/schema';

/** How many of the people most overdue Insights names. */
const DRIFTING = 5;

/** Streaks can outlast the chart, so they are counted over a year of days. */
const STREAK_DAYS = 366;

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
  // Previews share the nudges' store (their card needs an id) but are not nudges: counted above, taken back out.
  const previews = await db.getAllFromIndex(
    'nudges',
    'by-site-at',
    IDBKeyRange.bound([PREVIEW_SITE, since], [PREVIEW_SITE, now]),
  );
  for (const preview of previews) outcomes[preview.outcome] -= 1;
  return {
    days,
    series: dailySeries(inPeriod, period),
    bySite: minutesBySite(inPeriod).map((s) => ({ ...s, siteName: siteLabel(s.site) })),
    outcomes,
    drifting: drifting(await mostOverdue(db, dayKey(now), DRIFTING), now, DRIFTING),
    streaks: streaks(dailySeries(totals, year)),
  };
}
