/**
 * Local calendar dates as YYYY-MM-DD, the key of daily totals, and the
 * instants that bound them. A local day is not always 24 hours long: the
 * day clocks go forward has 23, the day they go back 25, and where the
 * change happens at midnight the day starts at 01:00. So instants come from
 * the local calendar (`new Date(y, m, d)`), never from adding 86 400 000 ms;
 * arithmetic on dates is done on UTC dates, whose days always last 24 hours.
 */

/** The length of a UTC calendar day, and so of one step between two dates; never of a local day. */
const UTC_DAY_MS = 86_400_000;

const KEY_PATTERN = /^(\d{4})-(\d{2})-(\d{2})$/;

function pad(value: number): string {
  return String(value).padStart(2, '0');
}

function keyOf(year: number, month: number, date: number): string {
  return `${String(year).padStart(4, '0')}-${pad(month)}-${pad(date)}`;
}

/** The date a key names, as the UTC midnight of that date. Throws on anything but YYYY-MM-DD. */
function utcMidnightOf(key: string): number {
  const match = KEY_PATTERN.exec(key);
  if (!match) throw new RangeError(`Not a day key (YYYY-MM-DD): ${key}`);
  const [, year, month, date] = match.map(Number);
  const utc = new Date(0);
  // setUTCFullYear, unlike Date.UTC, does not read years 0–99 as 1900–1999.
  utc.setUTCFullYear(year ?? 0, (month ?? 1) - 1, date ?? 1);
  return utc.getTime();
}

function keyOfUtcMidnight(ms: number): string {
  const date = new Date(ms);
  return keyOf(date.getUTCFullYear(), date.getUTCMonth() + 1, date.getUTCDate());
}

/** The local date holding `ms`. */
export function dayKey(ms: number): string {
  const date = new Date(ms);
  return keyOf(date.getFullYear(), date.getMonth() + 1, date.getDate());
}

/** True when `key` is YYYY-MM-DD and names a date the calendar has (not 2026-02-30). */
export function isDayKey(key: string): boolean {
  return KEY_PATTERN.test(key) && keyOfUtcMidnight(utcMidnightOf(key)) === key;
}

/** The date `days` after `key` (before it, when negative). */
export function addDays(key: string, days: number): string {
  return keyOfUtcMidnight(utcMidnightOf(key) + days * UTC_DAY_MS);
}

/** Whole calendar days from `from` to `to` (negative when `to` is earlier), whatever the clocks did between. */
export function daysBetween(from: string, to: string): number {
  return (utcMidnightOf(to) - utcMidnightOf(from)) / UTC_DAY_MS;
}

/** 0 for Sunday to 6 for Saturday, as `Date.getDay` counts. */
export function weekdayOf(key: string): number {
  return new Date(utcMidnightOf(key)).getUTCDay();
}

/**
 * The first millisecond of the local date `key`: its midnight, or 01:00
 * where clocks skip midnight that day. When midnight comes twice, the first.
 */
export function startOfDayKey(key: string): number {
  const date = new Date(utcMidnightOf(key));
  // setFullYear, unlike `new Date(y, m, d)`, does not read years 0–99 as 1900–1999; setHours then
  // lands on local midnight, or on the first moment after it where midnight was skipped.
  const local = new Date(2000, 0, 1);
  local.setFullYear(date.getUTCFullYear(), date.getUTCMonth(), date.getUTCDate());
  return local.setHours(0, 0, 0, 0);
}

/** The last millisecond of the local date `key`, for inclusive ranges. */
export function endOfDayKey(key: string): number {
  return startOfDayKey(addDays(key, 1)) - 1;
}

/** The first millisecond of the local day holding `ms`. */
export function startOfDay(ms: number): number {
  return startOfDayKey(dayKey(ms));
}

/** The first millisecond of the local day after the one holding `ms`. */
export function startOfNextDay(ms: number): number {
  return startOfDayKey(addDays(dayKey(ms), 1));
}
