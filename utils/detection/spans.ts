import type { Span } from './report';

/** Spans here are sorted and disjoint; every function keeps them so. */

/** Adds a span at the end of a list, joining it with the last span if they touch. */
export function appendSpan(spans: readonly Span[], span: Span): Span[] {
  const last = spans.at(-1);
  if (last && span[0] <= last[1]) {
    return [...spans.slice(0, -1), [last[0], Math.max(last[1], span[1])]];
  }
  return [...spans, span];
}

export function totalLength(spans: readonly Span[]): number {
  return spans.reduce((sum, [start, end]) => sum + (end - start), 0);
}

/** Every moment covered by either list. */
export function unionSpans(a: readonly Span[], b: readonly Span[]): Span[] {
  const all = [...a, ...b].sort((x, y) => x[0] - y[0]);
  let merged: Span[] = [];
  for (const span of all) merged = appendSpan(merged, span);
  return merged;
}

/** The parts of `spans` that `taken` does not cover. */
export function subtractSpans(spans: readonly Span[], taken: readonly Span[]): Span[] {
  const result: Span[] = [];
  let t = 0;
  for (const [spanStart, end] of spans) {
    let start = spanStart;
    while (t < taken.length && (taken[t]?.[1] ?? 0) <= start) t++;
    let k = t;
    while (start < end) {
      const blocker = taken[k];
      if (!blocker || blocker[0] >= end) {
        result.push([start, end]);
        break;
      }
      if (blocker[0] > start) result.push([start, blocker[0]]);
      start = Math.max(start, blocker[1]);
      k++;
    }
  }
  return result;
}

/** Drops what lies before `from`, cutting a span that straddles it. */
export function spansSince(spans: readonly Span[], from: number): Span[] {
  return spans.filter(([, end]) => end > from).map(([start, end]) => [Math.max(start, from), end]);
}
