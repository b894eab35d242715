/**
 * The goals of issue 13, asserted on a month of use for a few fixed seeds:
 * the real background, driven through the unit harness (see month.ts). Each
 * failure lists every card or stretch that broke its goal, with its day.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { GOALS } from './goals';
import type { MonthLog } from './log';
import { simulateMonth } from './month';
import { when } from './report';
import { CI_SEEDS } from './seeds';

const logs = new Map<number, MonthLog>();

describe.each(CI_SEEDS)('a month of use, seed %i', (seed) => {
  let log: MonthLog;

  beforeAll(async () => {
    log = await simulateMonth(seed);
    logs.set(seed, log);
  });

  it.each(GOALS)('$id: $statement', (goal) => {
    const found = goal.violations(log).map((v) => (v.at === null ? v.detail : `${when(log, v.at)}: ${v.detail}`));
    expect(found).toEqual([]);
  });
});

describe('the month simulation', () => {
  it('gives the same month for the same seed, so a failure can be read again card by card', async () => {
    const [seed = 1] = CI_SEEDS;
    const first = logs.get(seed) ?? (await simulateMonth(seed));
    expect(await simulateMonth(seed)).toEqual(first);
  });
});
