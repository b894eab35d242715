/**
 * What the History page asks for: filters on a nudge's site, person, outcome
 * and time, and where the previous page stopped. The page builds them, the
 * background walks its indexes with them.
 */
import { endOfDayKey, isDayKey, startOfDayKey } from '../platform/day';
import type { NudgeOutcome } from '../records/types';

export interface HistoryFilter {
  site?: string;
  personId?: string;
  outcome?: NudgeOutcome;
  /** Inclusive bounds on the nudge's time. */
  from?: number;
  to?: number;
}

/**
 * The time bounds for dates picked on the History page: from the first
 * moment of `from` through the last of `to`, which need not be 24 hours
 * after that day's first. A date left empty, or not yet a whole date, bounds nothing.
 */
export function dateBounds(from: string, to: string): Pick<HistoryFilter, 'from' | 'to'> {
  return {
    ...(isDayKey(from) ? { from: startOfDayKey(from) } : {}),
    ...(isDayKey(to) ? { to: endOfDayKey(to) } : {}),
  };
}

/** Where the previous page stopped: the last entry looked at. */
export interface HistoryCursor {
  at: number;
  id: string;
}
