/** Says when a local date (YYYY-MM-DD) is, relative to today, the way a person would. */

const WEEKDAYS = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'];
const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

function parseDay(day: string): Date {
  const [year, month, date] = day.split('-').map(Number);
  return new Date(year ?? 1970, (month ?? 1) - 1, date ?? 1);
}

/** Whole local days from `from` to `to` (negative when `to` is earlier). */
export function daysBetween(from: string, to: string): number {
  return Math.round((parseDay(to).getTime() - parseDay(from).getTime()) / 86_400_000);
}

export function relativeDay(day: string, today: string): string {
  const date = parseDay(day);
  const offset = daysBetween(today, day);
  const weekday = WEEKDAYS[date.getDay()];
  if (offset === 0) return 'today';
  if (offset === -1) return 'yesterday';
  if (offset === 1) return 'tomorrow';
  if (offset < 0 && offset >= -6) return `on ${weekday}`;
  if (offset < 0 && offset >= -13) return `last ${weekday}`;
  if (offset < 0 && offset >= -59) return `${Math.round(-offset / 7)} weeks ago`;
  if (offset > 0 && offset <= 6) return `on ${weekday}`;
  if (offset > 0 && offset <= 30) return `in ${offset} days`;
  return `on ${date.getDate()} ${MONTHS[date.getMonth()]}`;
}
