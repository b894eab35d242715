/**
 * Daily windows of local time, such as waking hours (when it is kind to
 * suggest reaching out) and quiet hours (when Tend does not nudge). A window
 * is two minutes after local midnight; one that ends before it starts runs
 * across midnight.
 */

export interface HourWindow {
  /** Minutes after local midnight, inclusive. */
  from: number;
  /** Minutes after local midnight, exclusive. */
  to: number;
}

export function minuteOfDay(ms: number): number {
  const date = new Date(ms);
  return date.getHours() * 60 + date.getMinutes();
}

export function inWindow(window: HourWindow, ms: number): boolean {
  const minute = minuteOfDay(ms);
  const { from, to } = window;
  return from < to ? minute >= from && minute < to : minute >= from || minute < to;
}

/** `minute` local time on the day `dayOffset` days from the one holding `ms`. */
function localTimeOn(minute: number, ms: number, dayOffset: number): number {
  const date = new Date(ms);
  return new Date(
    date.getFullYear(),
    date.getMonth(),
    date.getDate() + dayOffset,
    Math.floor(minute / 60),
    minute % 60,
  ).getTime();
}

/** The first instant after `ms` at `minute` local time: today's if still ahead, else tomorrow's. */
export function nextLocalTime(minute: number, ms: number): number {
  const today = localTimeOn(minute, ms, 0);
  return today > ms ? today : localTimeOn(minute, ms, 1);
}

/** The last instant at or before `ms` at `minute` local time: today's if already past, else yesterday's. */
export function previousLocalTime(minute: number, ms: number): number {
  const today = localTimeOn(minute, ms, 0);
  return today <= ms ? today : localTimeOn(minute, ms, -1);
}

/** Calls and invitations wait an hour into the waking day and stop an hour before its end. */
const DAYTIME_MARGIN_MINUTES = 60;

/** The part of a waking window that suits a call: an hour in from each end, when the window is long enough. */
export function daytimeOf(waking: HourWindow): HourWindow {
  const length = (waking.to - waking.from + 24 * 60) % (24 * 60);
  if (length <= 4 * DAYTIME_MARGIN_MINUTES) return waking;
  return {
    from: (waking.from + DAYTIME_MARGIN_MINUTES) % (24 * 60),
    to: (waking.to - DAYTIME_MARGIN_MINUTES + 24 * 60) % (24 * 60),
  };
}

/** "07:00" — a window's ends as a 24-hour clock reads them, the same in every locale's time inputs. */
export function clockTime(minute: number): string {
  return `${String(Math.floor(minute / 60)).padStart(2, '0')}:${String(minute % 60).padStart(2, '0')}`;
}
