import { recordBuilders } from '../seed';

/** Builders for records in unit tests: the shared ones, on a fixed clock so every run sees the same days. */

export const NOW = new Date(2026, 10, 24, 14, 30).getTime();
export const DAY = 86_400_000;

export const { person, moment, interaction, nudge, dayTotal } = recordBuilders(NOW);

export { SAMPLE_CHANNELS } from '../seed';
