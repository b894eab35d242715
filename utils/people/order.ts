/**
 * Where someone stands: days since you were in touch, days past the rhythm
 * you set, and how to say so. Pure, so every page and the tests say it the
 * same way; the lists' orders are in `roster.ts`.
 */
import { dayKey, daysBetween } from '../platform/day';
import type { Person } from '../records/types';

export interface Standing {
  /** Calendar days since the last connection (0: today, 1: yesterday), or null when none was logged. */
  daysSince: number | null;
  /** Days past the person's cadence (negative: still within it); null without a cadence. */
  overdueDays: number | null;
}

/**
 * Local dates apart, not 24-hour periods: last night at 23:00 is "yesterday"
 * at 08:00 this morning. A time ahead of `now` (a clock since set back) counts as today.
 */
function calendarDaysSince(at: number, now: number): number {
  return Math.max(0, daysBetween(dayKey(at), dayKey(now)));
}

/** What of a person their standing is told from. */
export type StandingFields = Pick<Person, 'lastContactAt' | 'cadenceDays' | 'createdAt'>;

export function standing(person: StandingFields, now: number): Standing {
  const daysSince = person.lastContactAt === null ? null : calendarDaysSince(person.lastContactAt, now);
  if (person.cadenceDays === null) return { daysSince, overdueDays: null };
  // Never contacted: due from the day they were added.
  const since = daysSince ?? calendarDaysSince(person.createdAt, now);
  return { daysSince, overdueDays: since - person.cadenceDays };
}

export function cadenceLabel(days: number | null): string {
  if (days === null) return 'No set rhythm';
  if (days === 1) return 'Every day';
  if (days === 7) return 'Every week';
  if (days === 14) return 'Every two weeks';
  if (days === 30) return 'Every month';
  if (days === 90) return 'Every three months';
  return `Every ${days} days`;
}

export function standingLabel(person: StandingFields, now: number): string {
  const { daysSince, overdueDays } = standing(person, now);
  const since =
    daysSince === null
      ? 'No connection logged yet'
      : daysSince === 0
        ? 'In touch today'
        : daysSince === 1
          ? 'In touch yesterday'
          : `Last in touch ${daysSince} days ago`;
  if (overdueDays === null || overdueDays <= 0) return since;
  return `${since} · ${overdueDays} ${overdueDays === 1 ? 'day' : 'days'} overdue`;
}
