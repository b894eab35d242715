/**
 * Settings as read from storage, checked field by field. Storage can be
 * changed behind Tend's back (a sync tool, a hand edit, a bug in an old
 * version), and one bad field must not cost the user the rest: each field
 * that is valid is kept, each that is not goes back to its default, and the
 * user is told which.
 */
import { isPlainObject, ValidationError } from '../platform/validate';
import { customSitesShape, DEFAULT_SETTINGS, pausedSitesShape, type Settings, settingsPatch } from './settings';

/** How the options page names each setting, to say which were reset. */
export const SETTING_NAMES: Record<keyof Settings, string> = {
  sites: 'Sites Tend watches',
  countIncognito: 'Count private windows',
  thresholdSeconds: 'Nudge after',
  cooldownMinutes: 'Time between nudges',
  dailyCap: 'Nudges a day',
  quietHours: 'Quiet hours',
  pausedUntil: 'Pause',
  pausedSites: 'Sites paused today',
  customSites: 'Your own sites',
  historyDays: 'Keep history',
  wakingHours: 'Waking hours',
};

export interface RepairedSettings {
  settings: Settings;
  /** The fields that were missing or invalid, now at their defaults. */
  reset: (keyof Settings)[];
}

function checkField(key: keyof Settings, value: unknown): unknown {
  if (key === 'pausedSites') return pausedSitesShape(value, key);
  if (key === 'customSites') return customSitesShape(value, key);
  return settingsPatch({ [key]: value }, 'settings')[key as keyof ReturnType<typeof settingsPatch>];
}

export function repairSettings(stored: unknown): RepairedSettings {
  const source = isPlainObject(stored) ? stored : {};
  const settings: Record<string, unknown> = {};
  const reset: (keyof Settings)[] = [];
  for (const key of Object.keys(DEFAULT_SETTINGS) as (keyof Settings)[]) {
    try {
      if (!(key in source)) throw new ValidationError(`${key} is missing`);
      settings[key] = checkField(key, source[key]);
    } catch (error) {
      if (!(error instanceof ValidationError)) throw error;
      settings[key] = DEFAULT_SETTINGS[key];
      reset.push(key);
    }
  }
  return { settings: settings as unknown as Settings, reset };
}
