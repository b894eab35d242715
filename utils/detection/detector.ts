/**
 * Decides which moments were passive scrolling, as a pure function of what
 * the content script observed. The content script stores only the time of
 * the latest scroll input and of the latest typing; about once a second it
 * calls `observe`, which credits the time since the previous call when:
 *
 * - the person attended the page the whole time (visible, focused, on a feed),
 * - they scrolled within the last `scrollWindowMs`,
 * - they did not type within the last `typingQuietMs` (writing is active use).
 *
 * All times come from one monotonic clock (`performance.now()` and event
 * `timeStamp`s), so a change of the system clock changes nothing, and no
 * step credits more than `maxStepMs`: after sleep, a locked screen or a
 * throttled timer the gap is mostly dropped rather than counted.
 */
import type { Span } from './report';
import { appendSpan } from './spans';

export interface DetectorOptions {
  scrollWindowMs: number;
  typingQuietMs: number;
  maxStepMs: number;
}

export const DETECTOR_DEFAULTS: DetectorOptions = {
  scrollWindowMs: 8_000,
  typingQuietMs: 5_000,
  maxStepMs: 2_000,
};

/** How often the content script calls `observe` while its tab is visible. */
export const SAMPLE_INTERVAL_MS = 1_000;

export interface Observation {
  at: number;
  /** Latest trusted scroll input (wheel, touch, scroll key, scrollbar drag); -Infinity if none. */
  lastScrollAt: number;
  /** Latest trusted typing into an editable field; -Infinity if none. */
  lastTypingAt: number;
  /** Whether the page was visible, focused and on a feed since the previous observation. */
  attending: boolean;
}

export interface DetectorState {
  readonly lastAt: number | null;
  /** `lastScrollAt` as of the previous observation. */
  readonly lastScrollAt: number;
  /** Passive spans not yet taken by `drain`, sorted and disjoint. */
  readonly spans: readonly Span[];
}

export const initialDetectorState: DetectorState = { lastAt: null, lastScrollAt: -Infinity, spans: [] };

export function observe(
  state: DetectorState,
  observation: Observation,
  options: DetectorOptions = DETECTOR_DEFAULTS,
): DetectorState {
  const { at, lastScrollAt, lastTypingAt, attending } = observation;
  if (state.lastAt !== null && at <= state.lastAt) return state;
  const next = { ...state, lastAt: at, lastScrollAt };
  if (state.lastAt === null || !attending) return next;

  let start = Math.max(state.lastAt, at - options.maxStepMs, lastTypingAt + options.typingQuietMs);
  // If the previous scroll's window had already closed when this step began,
  // passive time can only resume at the newest scroll. We only know the newest
  // one, so this may undercount by part of a step, never overcount.
  if (state.lastScrollAt + options.scrollWindowMs < state.lastAt) start = Math.max(start, lastScrollAt);
  const end = Math.min(at, lastScrollAt + options.scrollWindowMs);
  if (end <= start) return next;
  return { ...next, spans: appendSpan(state.spans, [start, end]) };
}

export function drain(state: DetectorState): { state: DetectorState; spans: readonly Span[] } {
  return { state: { ...state, spans: [] }, spans: state.spans };
}
