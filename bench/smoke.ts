/**
 * Checks that what the README promises can still be measured: every
 * benchmark in its short `--smoke` mode, one after another so they never
 * share the machine (`npm test` checks the size budget before the tests).
 * Runs them all even after a failure, then exits non-zero naming each one
 * that failed.
 *
 *   node bench/smoke.ts
 */
import { spawnSync } from 'node:child_process';

const STEPS: { name: string; command: string; args: string[]; env?: Record<string, string> }[] = [
  ...['scroll', 'nudge', 'options', 'history'].map((bench) => ({
    name: `bench:${bench}`,
    command: process.execPath,
    // The scroll bench's breakdown by function too, so that option keeps working.
    args: [`bench/${bench}.ts`, '--smoke', ...(bench === 'scroll' ? ['--by-function'] : [])],
  })),
  {
    name: 'bench:day',
    command: 'node_modules/.bin/vitest',
    args: ['run', '--project', 'bench day'],
    env: { TEND_BENCH_DAY: '1', TEND_BENCH_SMOKE: '1' },
  },
];

const failed: string[] = [];
const started = Date.now();
for (const step of STEPS) {
  console.log(`\n── ${step.name}`);
  const stepStarted = Date.now();
  const env = { ...process.env, ...step.env };
  const { status, signal, error } = spawnSync(step.command, step.args, { stdio: 'inherit', env });
  const seconds = ((Date.now() - stepStarted) / 1000).toFixed(1);
  if (status === 0) {
    console.log(`── ${step.name}: ok in ${seconds} s`);
  } else {
    failed.push(step.name);
    const why = error ? error.message : signal ? `killed by ${signal}` : `exit code ${status}`;
    console.log(`── ${step.name}: FAILED (${why}) after ${seconds} s`);
  }
}

const total = `${((Date.now() - started) / 1000).toFixed(0)} s`;
if (failed.length > 0) {
  console.error(`\nsmoke: ${failed.length} of ${STEPS.length} failed in ${total}: ${failed.join(', ')}`);
  process.exitCode = 1;
} else {
  console.log(`\nsmoke: all ${STEPS.length} passed in ${total}`);
}
