/**
 * The "Nudge after" setting as Settings edits it: an amount and a unit. It is
 * kept in seconds, and most people think of it in minutes; but a threshold
 * under a minute (the demo's 20 seconds) or of odd seconds has to read as
 * what it is, not round to "0 minutes" that Settings then refuses to save.
 */
import { MAX_THRESHOLD_SECONDS, MIN_THRESHOLD_SECONDS } from './settings';

export type ThresholdUnit = 'minutes' | 'seconds';

export const THRESHOLD_UNITS: Record<ThresholdUnit, { seconds: number; min: number; max: number }> = {
  minutes: {
    seconds: 60,
    min: Math.ceil(MIN_THRESHOLD_SECONDS / 60),
    max: Math.floor(MAX_THRESHOLD_SECONDS / 60),
  },
  seconds: { seconds: 1, min: MIN_THRESHOLD_SECONDS, max: MAX_THRESHOLD_SECONDS },
};

export interface ThresholdDraft {
  /** As typed: a half-typed amount is shown with its error. */
  amount: string;
  unit: ThresholdUnit;
}

/** Whole minutes when it is some, else seconds. */
export function thresholdDraft(seconds: number): ThresholdDraft {
  return seconds % 60 === 0
    ? { amount: String(seconds / 60), unit: 'minutes' }
    : { amount: String(seconds), unit: 'seconds' };
}

/** The threshold a draft names, in seconds, or null when its amount is not a whole number in the unit's range. */
export function thresholdSeconds({ amount, unit }: ThresholdDraft): number | null {
  const { seconds, min, max } = THRESHOLD_UNITS[unit];
  const value = Number(amount);
  return amount.trim() !== '' && Number.isInteger(value) && value >= min && value <= max ? value * seconds : null;
}

export function thresholdError(draft: ThresholdDraft): string | null {
  const { min, max } = THRESHOLD_UNITS[draft.unit];
  return thresholdSeconds(draft) === null ? `Choose ${min} to ${max} ${draft.unit}.` : null;
}
