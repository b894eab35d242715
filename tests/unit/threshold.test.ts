/**
 * "Nudge after" as Settings shows and saves it: whatever the background
 * accepts (the demo's 20 seconds too) reads as it is and saves unchanged.
 */
import { describe, expect, it } from 'vitest';
import { DEFAULT_SETTINGS, settingsPatch } from '../../utils/settings/settings';
import { thresholdDraft, thresholdError, thresholdSeconds } from '../../utils/settings/threshold';

describe('the "Nudge after" field', () => {
  it('shows whole minutes in minutes, and anything else in seconds', () => {
    expect(thresholdDraft(DEFAULT_SETTINGS.thresholdSeconds)).toEqual({ amount: '10', unit: 'minutes' });
    expect(thresholdDraft(20)).toEqual({ amount: '20', unit: 'seconds' });
    expect(thresholdDraft(90)).toEqual({ amount: '90', unit: 'seconds' });
  });

  it('saves what it shows, for every threshold the background accepts', () => {
    for (let seconds = 10; seconds <= 4 * 60 * 60; seconds++) {
      const draft = thresholdDraft(seconds);
      expect(thresholdError(draft), `${seconds} s`).toBeNull();
      expect(thresholdSeconds(draft)).toBe(seconds);
    }
  });

  it('refuses, saying the range in the chosen unit, what the background would refuse', () => {
    expect(thresholdError({ amount: '0', unit: 'minutes' })).toBe('Choose 1 to 240 minutes.');
    expect(thresholdError({ amount: '241', unit: 'minutes' })).toBe('Choose 1 to 240 minutes.');
    expect(thresholdError({ amount: '9', unit: 'seconds' })).toBe('Choose 10 to 14400 seconds.');
    expect(thresholdError({ amount: '1.5', unit: 'minutes' })).toBe('Choose 1 to 240 minutes.');
    expect(thresholdError({ amount: ' ', unit: 'seconds' })).toBe('Choose 10 to 14400 seconds.');
    for (const draft of [
      { amount: '1', unit: 'minutes' },
      { amount: '240', unit: 'minutes' },
      { amount: '10', unit: 'seconds' },
      { amount: '14400', unit: 'seconds' },
    ] as const) {
      const seconds = thresholdSeconds(draft);
      expect(seconds, `${draft.amount} ${draft.unit}`).not.toBeNull();
      expect(settingsPatch({ thresholdSeconds: seconds }, 'settings')).toEqual({ thresholdSeconds: seconds });
    }
  });
});
