import { defineConfig } from 'vitest/config';
import { WxtVitest } from 'wxt/testing/vitest-plugin';

/**
 * The unit suite runs once per time zone: days, sittings, waking hours and
 * history bounds must be right wherever the user lives, not only where CI
 * does. A zone with daylight saving on each side of the Atlantic, whole and
 * half-hour offsets, and the first and (almost) last zones to see a new day.
 */
export const UNIT_TIME_ZONES = [
  'UTC',
  'America/New_York',
  'Europe/Berlin',
  'Asia/Kolkata',
  'Pacific/Tongatapu',
  'Pacific/Kiritimati',
];

/** The month simulation's zone (tests/simulation): one where the month holds a change of clocks. */
export const SIMULATION_TIME_ZONE = 'Europe/Berlin';

export default defineConfig({
  test: {
    projects: [
      ...UNIT_TIME_ZONES.map((zone) => ({
        plugins: [WxtVitest()],
        test: {
          name: `unit ${zone}`,
          include: ['tests/unit/**/*.test.ts'],
          setupFiles: ['fake-indexeddb/auto'],
          env: { TZ: zone },
        },
      })),
      {
        plugins: [WxtVitest()],
        test: {
          name: 'simulation',
          include: ['tests/simulation/**/*.test.ts'],
          setupFiles: ['fake-indexeddb/auto'],
          // One zone is enough here: the unit suite covers the others. Berlin changes to summer time in the month.
          env: { TZ: SIMULATION_TIME_ZONE },
          // A month of the real background takes seconds per seed.
          testTimeout: 120_000,
        },
      },
      // `npm run simulate` only: the report measures and asserts nothing, so an ordinary run leaves it out.
      ...(process.env.TEND_SIMULATION_REPORT === '1'
        ? [
            {
              plugins: [WxtVitest()],
              test: {
                name: 'simulation report',
                include: ['tests/simulation/simulate.report.ts'],
                setupFiles: ['fake-indexeddb/auto'],
                env: { TZ: SIMULATION_TIME_ZONE },
              },
            },
          ]
        : []),
      // `npm run bench:day` only: it prints figures and asserts nothing.
      ...(process.env.TEND_BENCH_DAY === '1'
        ? [
            {
              plugins: [WxtVitest()],
              test: {
                name: 'bench day',
                include: ['bench/day.report.ts'],
                setupFiles: ['fake-indexeddb/auto'],
                env: { TZ: 'UTC' },
              },
            },
          ]
        : []),
      {
        test: {
          name: 'e2e',
          include: ['tests/e2e/**/*.test.ts'],
          globalSetup: ['tests/e2e/global-setup.ts'],
          // One Chromium at a time: these machines have two cores, and the
          // tests measure time spent scrolling.
          fileParallelism: false,
          testTimeout: 90_000,
          hookTimeout: 60_000,
        },
      },
      {
        test: {
          name: 'firefox',
          include: ['tests/firefox/**/*.test.ts'],
          globalSetup: ['tests/firefox/global-setup.ts'],
          // Like e2e: Vitest runs the files of projects without file parallelism one at a time, after the
          // unit tests, so a Firefox never shares the two cores with a Chromium while measuring scrolling.
          fileParallelism: false,
          testTimeout: 120_000,
          hookTimeout: 60_000,
        },
      },
      {
        test: {
          name: 'package',
          include: ['tests/package/**/*.test.ts'],
          // It runs `npm run zip`, `npm ci` and a build: alone, like the browser tests, so it neither slows
          // their measured scrolling nor rewrites `.output` under them.
          fileParallelism: false,
          testTimeout: 300_000,
          hookTimeout: 300_000,
        },
      },
    ],
  },
});
