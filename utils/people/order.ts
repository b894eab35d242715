/**
 * How the people list reads: who is most overdue, and how to say so. Pure,
 * so the order is the same in the options page, the popup and the tests.
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

/** Most overdue first; then those with no cadence, longest out of touch first; then by name. */
export function byMostOverdue(now: number): (a: Person, b: Person) => number {
  return (a, b) => {
    const sa = standing(a, now);
    const sb = standing(b, now);
    const oa = sa.overdueDays ?? -Infinity;
    const ob = sb.overdueDays ?? -Infinity;
    if (oa !== ob) return ob - oa;
    const da = sa.daysSince ?? Infinity;
    const db = sb.daysSince ?? Infinity;
    if (da !== db) return db - da;
    return a.name.localeCompare(b.name, undefined, { sensitivity: 'base' });
  };
}

export function byName(a: Person, b: Person): number {
  return a.name.localeCompare(b.name, undefined, { sensitivity: 'base' }) || a.id.localeCompare(b.id);
}

/** Case- and accent-insensitive name search. */
export function matchesName(person: Person, query: string): boolean {
  const fold = (text: string) =>
    text
      .normalize('NFD')
      .replace(/\p{Diacritic}/gu, '')
      .toLowerCase();
  return fold(person.name).includes(fold(query.trim()));
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
