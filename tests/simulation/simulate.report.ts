/**
 * `npm run simulate`: prints the month simulation's report for several seeds.
 * Not part of an ordinary test run (vitest.config.ts adds its project only
 * when asked), which asserts the goals in month.test.ts; this only measures,
 * so it passes whatever the figures say.
 */
import { describe, it } from 'vitest';
import { simulateMonth } from './month';
import { cardLog, seedReport, summaryReport } from './report';
import { reportSeeds } from './seeds';

const seeds = reportSeeds(process.env.TEND_SIMULATION_SEEDS);
/** Every card of every seed too, for reading a month closely. */
const withCards = process.env.TEND_SIMULATION_CARDS === '1';

describe('the month simulation report', () => {
  it(
    `simulates ${seeds.length} months and prints them`,
    async () => {
      const logs = [];
      for (const seed of seeds) {
        const log = await simulateMonth(seed);
        logs.push(log);
        process.stdout.write(`\n${seedReport(log)}\n${withCards ? `\n${cardLog(log)}\n` : ''}`);
      }
      process.stdout.write(`\n${summaryReport(logs)}\n\n`);
    },
    seeds.length * 30_000,
  );
});
