/** Says when a local date (YYYY-MM-DD) is, relative to today, the way a person would. */
import { daysBetween, weekdayOf } from './day';

const WEEKDAYS = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'];
const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/** "on 3 Mar": the date as written, with no clock or zone involved. */
function dateLabel(day: string): string {
  const [, month, date] = day.split('-').map(Number);
  return `on ${date} ${MONTHS[(month ?? 1) - 1]}`;
}

export function relativeDay(day: string, today: string): string {
  const offset = daysBetween(today, day);
  const weekday = WEEKDAYS[weekdayOf(day)];
  if (offset === 0) return 'today';
  if (offset === -1) return 'yesterday';
  if (offset === 1) return 'tomorrow';
  if (offset < 0 && offset >= -6) return `on ${weekday}`;
  if (offset < 0 && offset >= -13) return `last ${weekday}`;
  if (offset < 0 && offset >= -59) return `${Math.round(-offset / 7)} weeks ago`;
  if (offset > 0 && offset <= 6) return `on ${weekday}`;
  if (offset > 0 && offset <= 30) return `in ${offset} days`;
  return dateLabel(day);
}
