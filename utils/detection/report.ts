/**
 * What a content script reports: spans of passive scrolling in the page's
 * monotonic clock, with that clock's reading and the wall clock's at the
 * moment of sending. The background places each span by its age at sending
 * on the wall clock, so spans measured before a change of the system clock
 * keep their length, a report delayed by a starting worker still lands on
 * the right seconds, and two tabs covering the same second can be merged.
 */
export type Span = [start: number, end: number];

/** How often a content script sends what it measured; also the most a stopped worker can lose. */
export const REPORT_INTERVAL_MS = 5_000;

/** Spans older than this are refused: a report covers one interval, plus retries after a worker restart. */
export const MAX_SPAN_AGE_MS = 5 * 60_000;

/** A report's spans can at most cover its age; more would claim more time than has passed. */
export const MAX_SPANS_PER_REPORT = 300;

/** A report claiming to be older than this when it arrives is refused: no delivery takes that long. */
export const MAX_DELIVERY_MS = 60_000;

/**
 * Maps a report's spans from the page's monotonic clock onto the wall clock,
 * by their age when the report was sent (`sentAtWall`, never later than the
 * moment it arrived).
 */
export function toWallClock(sentAt: number, spans: readonly Span[], sentAtWall: number): Span[] {
  return spans.map(([start, end]) => [sentAtWall - (sentAt - start), sentAtWall - (sentAt - end)]);
}
