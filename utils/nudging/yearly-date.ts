/**
 * Birthdays and anniversaries come back every year. A date moment stores one
 * occurrence (the one the user typed, perhaps the birth date itself, or the
 * next one after Tend marked the last); these give the occurrence a given
 * day is about.
 */
import { daysBetween } from '../platform/day';

/** The same month and day in `year`; 29 February falls on the 28th in other years. */
export function inYear(day: string, year: number): string {
  const monthDay = day.slice(5);
  const candidate = `${String(year).padStart(4, '0')}-${monthDay}`;
  if (monthDay !== '02-29') return candidate;
  const leap = (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
  return leap ? candidate : `${String(year).padStart(4, '0')}-02-28`;
}

/**
 * The occurrence of a yearly `date` nearest to `today` within `before` days ahead and `after` days
 * behind, never one earlier than the stored date itself; null when none is that near.
 */
export function occurrenceNear(date: string, today: string, window: { before: number; after: number }): string | null {
  const year = Number(today.slice(0, 4));
  for (const candidate of [inYear(date, year - 1), inYear(date, year), inYear(date, year + 1)]) {
    if (daysBetween(date, candidate) < 0) continue;
    const offset = daysBetween(today, candidate);
    if (offset <= window.before && offset >= -window.after) return candidate;
  }
  return null;
}

/** The first occurrence after `day`: where a date moment moves once this year's has been marked. */
export function nextOccurrenceAfter(date: string, day: string): string {
  const year = Number(day.slice(0, 4));
  for (const candidate of [inYear(date, year), inYear(date, year + 1)]) {
    if (daysBetween(day, candidate) > 0 && daysBetween(date, candidate) >= 0) return candidate;
  }
  return inYear(date, year + 2);
}
