/**
 * A duration as a person reads it at a glance: seconds while it is under a
 * minute ("40 s"), then whole minutes rounded down ("12 min", "1 h 5 min"),
 * as the toolbar badge counts them. Time that was counted never reads as
 * nothing: a part of a second is "under a second".
 */
export function formatDuration(ms: number): string {
  const unit = durationUnit(ms);
  const count = Math.floor(Math.max(0, ms) / unit);
  return count === 0 && ms > 0 ? underOne(unit) : formatCount(count, unit);
}

/** A minute, or a second for durations under a minute: the step a duration is shown in. */
export type DurationUnit = 1_000 | 60_000;

export function durationUnit(ms: number): DurationUnit {
  // Nothing counted reads "0 min", the unit the figure will grow in.
  return ms > 0 && ms < 60_000 ? 1_000 : 60_000;
}

/** A whole number of units: "40 s", "0 min", "12 min", "1 h", "1 h 5 min". */
export function formatCount(count: number, unit: DurationUnit): string {
  if (unit === 1_000) return `${count} s`;
  if (count < 60) return `${count} min`;
  const hours = Math.floor(count / 60);
  const rest = count % 60;
  return rest === 0 ? `${hours} h` : `${hours} h ${rest} min`;
}

/** Time counted that rounds to no whole unit. */
export function underOne(unit: DurationUnit): string {
  return unit === 1_000 ? 'under a second' : 'under a minute';
}

/** A moment within the coming week, as a person reads it: "Thu 7:00 AM" (in the user's locale). */
export function formatWeekdayTime(ms: number): string {
  return new Date(ms).toLocaleString(undefined, { weekday: 'short', hour: 'numeric', minute: '2-digit' });
}

/** "Maya", "Maya and Sam", "Maya, Sam and Lena" (or with "or"). */
export function listed(names: readonly string[], word: 'and' | 'or' = 'and'): string {
  if (names.length <= 1) return names[0] ?? '';
  return `${names.slice(0, -1).join(', ')} ${word} ${names.at(-1)}`;
}
