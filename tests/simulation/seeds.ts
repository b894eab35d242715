/**
 * Which months are simulated: a fixed few that CI asserts the goals on, and
 * as many as asked for when the report is printed (`npm run simulate`).
 */

/** Seeds whose months must meet every goal; fixed, so CI fails the same way each run. */
export const CI_SEEDS: readonly number[] = [1, 2, 3];

/** How many seeds `npm run simulate` reports on unless told otherwise. */
const REPORT_SEED_COUNT = 8;

/**
 * The seeds to report on, from `TEND_SIMULATION_SEEDS`: a count ("20" for
 * seeds 1 to 20) or a list ("4,9,15"); by default seeds 1 to 8.
 */
export function reportSeeds(setting: string | undefined): number[] {
  const value = setting?.trim() ?? '';
  if (value === '') return Array.from({ length: REPORT_SEED_COUNT }, (_, i) => i + 1);
  if (/^\d+$/.test(value)) return Array.from({ length: Number(value) }, (_, i) => i + 1);
  if (/^\d+(,\d+)+$/.test(value)) return value.split(',').map(Number);
  throw new Error(`TEND_SIMULATION_SEEDS must be a count or a list of seeds like 4,9,15; got "${setting}"`);
}
