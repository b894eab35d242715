/** Local calendar dates as YYYY-MM-DD, the key of daily totals. */

function pad(value: number): string {
  return String(value).padStart(2, '0');
}

export function dayKey(ms: number): string {
  const date = new Date(ms);
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
}

/** The first millisecond of the local day after the one holding `ms`. */
export function startOfNextDay(ms: number): number {
  const date = new Date(ms);
  return new Date(date.getFullYear(), date.getMonth(), date.getDate() + 1).getTime();
}
