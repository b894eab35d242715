import { describe, expect, it } from 'vitest';
import type { Span } from '../../utils/detection/report';
import { appendSpan, spansSince, subtractSpans, totalLength, unionSpans } from '../../utils/detection/spans';

describe('spans', () => {
  it('joins touching spans when appending', () => {
    expect(appendSpan([[0, 5]], [5, 8])).toEqual([[0, 8]]);
    expect(appendSpan([[0, 5]], [6, 8])).toEqual([
      [0, 5],
      [6, 8],
    ]);
  });

  it('unions overlapping lists into disjoint spans', () => {
    const a: Span[] = [
      [0, 10],
      [20, 30],
    ];
    const b: Span[] = [
      [5, 22],
      [40, 50],
    ];
    expect(unionSpans(a, b)).toEqual([
      [0, 30],
      [40, 50],
    ]);
  });

  it('subtracts what is already counted', () => {
    const taken: Span[] = [
      [5, 10],
      [12, 14],
      [30, 40],
    ];
    expect(subtractSpans([[0, 20]], taken)).toEqual([
      [0, 5],
      [10, 12],
      [14, 20],
    ]);
    expect(subtractSpans([[31, 39]], taken)).toEqual([]);
    expect(
      subtractSpans(
        [
          [0, 6],
          [35, 45],
        ],
        taken,
      ),
    ).toEqual([
      [0, 5],
      [40, 45],
    ]);
    expect(subtractSpans([[0, 3]], [])).toEqual([[0, 3]]);
  });

  it('never makes a union longer than the time it covers', () => {
    const spans: Span[] = [
      [0, 1000],
      [500, 1500],
      [1400, 2000],
    ];
    let union: Span[] = [];
    for (const span of spans) union = unionSpans(union, [span]);
    expect(totalLength(union)).toBe(2000);
    expect(totalLength(union) + totalLength(subtractSpans([[0, 3000]], union))).toBe(3000);
  });

  it('forgets what lies before a moment', () => {
    expect(
      spansSince(
        [
          [0, 10],
          [20, 30],
        ],
        25,
      ),
    ).toEqual([[25, 30]]);
  });
});
