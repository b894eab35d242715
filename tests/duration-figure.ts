/**
 * A duration figure as a person adds it up: "40 s", "12 min", "1 h 5 min",
 * and "under a second" / "under a minute", which add nothing.
 */
export function readFigure(figure: string): { amount: number; unit: 's' | 'min' } {
  if (figure === 'under a second') return { amount: 0, unit: 's' };
  if (figure === 'under a minute') return { amount: 0, unit: 'min' };
  const seconds = /^(\d+) s$/.exec(figure);
  if (seconds) return { amount: Number(seconds[1]), unit: 's' };
  const hoursMinutes = /^(?:(\d+) h)?(?: ?(\d+) min)?$/.exec(figure);
  if (!hoursMinutes || figure === '') throw new Error(`not a duration figure: "${figure}"`);
  return { amount: Number(hoursMinutes[1] ?? 0) * 60 + Number(hoursMinutes[2] ?? 0), unit: 'min' };
}

/** Whether the figures of the parts add up to the total's, in the total's unit. */
export function addsUp(total: string, parts: readonly string[]): boolean {
  const { amount, unit } = readFigure(total);
  const read = parts.map(readFigure);
  return read.every((part) => part.unit === unit) && read.reduce((sum, part) => sum + part.amount, 0) === amount;
}
