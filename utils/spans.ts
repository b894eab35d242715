import type { Span } from './activity';

/** Adds a span to a sorted list of disjoint spans, joining it with any it touches. */
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
