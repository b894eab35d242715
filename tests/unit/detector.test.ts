import { describe, expect, it } from 'vitest';
import {
  DETECTOR_DEFAULTS,
  type DetectorState,
  drain,
  initialDetectorState,
  observe,
} from '../../utils/detection/detector';
import { totalLength } from '../../utils/detection/spans';

interface Timeline {
  /** Times of trusted scroll input. */
  scrolls?: number[];
  typing?: number[];
  /** Times at which the sampler runs. */
  samples: number[];
  /** Whether the page is attended at a sample time (for the step ending then). */
  attending?: (at: number) => boolean;
}

/** Plays a scripted timeline through the detector the way the content script does. */
function play({ scrolls = [], typing = [], samples, attending = () => true }: Timeline): DetectorState {
  let state = initialDetectorState;
  for (const at of samples) {
    const lastScrollAt = Math.max(-Infinity, ...scrolls.filter((t) => t <= at));
    const lastTypingAt = Math.max(-Infinity, ...typing.filter((t) => t <= at));
    state = observe(state, { at, lastScrollAt, lastTypingAt, attending: attending(at) });
  }
  return state;
}

const every = (step: number, from: number, to: number) =>
  Array.from({ length: Math.floor((to - from) / step) + 1 }, (_, i) => from + i * step);

const passive = (state: DetectorState) => totalLength(state.spans);

describe('detector', () => {
  it('counts steady scrolling as passive time', () => {
    const state = play({ scrolls: every(700, 0, 30_000), samples: every(1_000, 0, 30_000) });
    expect(passive(state)).toBeGreaterThanOrEqual(29_000);
    expect(passive(state)).toBeLessThanOrEqual(30_000);
    expect(state.spans).toHaveLength(1);
  });

  it('counts nothing without scrolling', () => {
    expect(passive(play({ samples: every(1_000, 0, 60_000) }))).toBe(0);
  });

  it('stops counting a few seconds after the last scroll', () => {
    const state = play({ scrolls: [0, 1_000, 2_000], samples: every(1_000, 0, 60_000) });
    expect(passive(state)).toBe(2_000 + DETECTOR_DEFAULTS.scrollWindowMs);
  });

  it('does not count time before a scroll that ends a long pause', () => {
    const state = play({ scrolls: [0, 30_000.5], samples: every(1_000, 0, 31_000) });
    // 8 s after the first scroll, then only from the second scroll on.
    expect(state.spans).toEqual([
      [0, DETECTOR_DEFAULTS.scrollWindowMs],
      [30_000.5, 31_000],
    ]);
  });

  it('counts nothing while the person types in a field', () => {
    const state = play({
      scrolls: every(500, 0, 20_000),
      typing: every(300, 0, 20_000),
      samples: every(1_000, 0, 20_000),
    });
    expect(passive(state)).toBe(0);
  });

  it('resumes counting once typing has been quiet for a while', () => {
    const state = play({ scrolls: every(500, 0, 20_000), typing: [10_000], samples: every(1_000, 0, 20_000) });
    // The step in which the typing happened does not count either.
    const quietUntil = 10_000 + DETECTOR_DEFAULTS.typingQuietMs;
    expect(state.spans).toEqual([
      [0, 9_000],
      [quietUntil, 20_000],
    ]);
  });

  it('counts nothing while the tab is hidden, unfocused or off a feed', () => {
    const state = play({
      scrolls: every(500, 0, 20_000),
      samples: every(1_000, 0, 20_000),
      attending: (at) => at <= 5_000 || at > 15_000,
    });
    expect(passive(state)).toBe(10_000);
    expect(state.spans).toEqual([
      [0, 5_000],
      [15_000, 20_000],
    ]);
  });

  it('caps each step, so sleep or a throttled timer adds almost nothing', () => {
    // Scrolling right before the machine sleeps for an hour, sampled again on wake.
    const state = play({ scrolls: [0, 500, 900], samples: [0, 1_000, 3_600_000] });
    expect(passive(state)).toBeLessThanOrEqual(1_000 + DETECTOR_DEFAULTS.maxStepMs);
    expect(passive(play({ scrolls: [3_600_000], samples: [0, 3_600_000, 3_601_000] }))).toBeLessThanOrEqual(1_000);
  });

  it('ignores a clock that goes backwards', () => {
    let state = play({ scrolls: [0, 1_000], samples: [0, 1_000, 2_000] });
    const before = passive(state);
    state = observe(state, { at: 1_500, lastScrollAt: 1_000, lastTypingAt: -Infinity, attending: true });
    expect(passive(state)).toBe(before);
    expect(state.lastAt).toBe(2_000);
  });

  it('never counts more than the time that passed', () => {
    const samples = [0, 10, 990, 1_000, 5_000, 5_001, 9_000, 60_000, 60_500];
    const state = play({ scrolls: every(100, 0, 60_500), samples });
    expect(passive(state)).toBeLessThanOrEqual(60_500);
    for (const [start, end] of state.spans) expect(end).toBeGreaterThan(start);
  });

  it('hands over its spans once', () => {
    const state = play({ scrolls: every(500, 0, 5_000), samples: every(1_000, 0, 5_000) });
    const first = drain(state);
    expect(totalLength(first.spans)).toBe(5_000);
    expect(drain(first.state).spans).toEqual([]);
    expect(first.state.lastAt).toBe(5_000);
  });
});
