import { type DurationUnit, durationUnit, formatCount, formatDuration, underOne } from './format';

export interface DurationShares {
  /** The total as `formatDuration` shows it. */
  total: string;
  /** Each part in the total's unit, in the order given. */
  parts: string[];
}

/**
 * A total and its parts (today's time, site by site) in figures that add up
 * as a reader checks them. Rounding each part on its own does not: 40 s on
 * two sites would read "0 min" twice under a total of "1 min". So the total
 * is rounded down (as the badge shows it) and its whole units are shared out
 * by largest remainder: each part reads its own time rounded down or up, and
 * the parts sum to the total. A part with time that gets no whole unit reads
 * "under a minute", never "0 min".
 */
export function durationShares(partsMs: readonly number[]): DurationShares {
  const parts = partsMs.map((ms) => Math.max(0, ms));
  const totalMs = parts.reduce((sum, ms) => sum + ms, 0);
  const unit: DurationUnit = durationUnit(totalMs);
  const counts = parts.map((ms) => Math.floor(ms / unit));
  let left = Math.floor(totalMs / unit) - counts.reduce((sum, count) => sum + count, 0);
  const byRemainder = parts
    .map((ms, index) => ({ index, ms, remainder: ms / unit - Math.floor(ms / unit) }))
    .sort((a, b) => b.remainder - a.remainder || b.ms - a.ms || a.index - b.index);
  for (const { index } of byRemainder) {
    if (left <= 0) break;
    counts[index] = (counts[index] ?? 0) + 1;
    left--;
  }
  return {
    total: formatDuration(totalMs),
    parts: parts.map((ms, index) => {
      const count = counts[index] ?? 0;
      return count === 0 && ms > 0 ? underOne(unit) : formatCount(count, unit);
    }),
  };
}
