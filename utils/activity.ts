/**
 * What a content script reports: spans of passive scrolling, in the page's
 * monotonic clock, with the page's clock reading at the moment of sending.
 * The background maps spans onto its own wall clock by age, so a page whose
 * wall clock was set differently, or changed since it loaded, still lands on
 * the right seconds, and two tabs covering the same second can be merged.
 */
export type Span = [start: number, end: number];

/** How often a content script sends what it measured; also the most a stopped worker can lose. */
export const REPORT_INTERVAL_MS = 5_000;

/** Spans older than this are refused: a report covers one interval, plus retries after a worker restart. */
export const MAX_SPAN_AGE_MS = 5 * 60_000;

/** A report's spans can at most cover its age; more would claim more time than has passed. */
export const MAX_SPANS_PER_REPORT = 300;

/**
 * Maps a report's spans from the page's monotonic clock onto the
 * background's wall clock, by their age at the moment of sending.
 */
export function toWallClock(sentAt: number, spans: readonly Span[], receivedAt: number): Span[] {
  return spans.map(([start, end]) => [receivedAt - (sentAt - start), receivedAt - (sentAt - end)]);
}
