/**
 * Where settings live: `storage.local`, as a versioned WXT storage item.
 * When the shape of Settings changes, bump `version`, keep the old type
 * beside the new one, and add a migration from it that only adds what is
 * missing; WXT runs the migrations the first time the background reads the
 * item after an update (and again, harmlessly, if the version marker is lost).
 */
import { storage } from 'wxt/utils/storage';
import { repairSettings } from '../../utils/settings/repair';
import {
  DEFAULT_SETTINGS,
  migrateSettingsV1,
  migrateSettingsV2,
  migrateSettingsV3,
  migrateSettingsV4,
  SETTINGS_STORAGE_KEY,
  type Settings,
  type SettingsV1,
  type SettingsV2,
  type SettingsV3,
  type SettingsV4,
} from '../../utils/settings/settings';

const storedSettings = storage.defineItem<Settings>(`local:${SETTINGS_STORAGE_KEY}`, {
  fallback: DEFAULT_SETTINGS,
  version: 5,
  migrations: {
    2: (old: SettingsV1): SettingsV2 => migrateSettingsV1(old),
    3: (old: SettingsV2): SettingsV3 => migrateSettingsV2(old),
    4: (old: SettingsV3): SettingsV4 => migrateSettingsV3(old),
    5: (old: SettingsV4): Settings => migrateSettingsV4(old),
  },
});

/** The settings last found broken and reset, until the user has seen the notice. */
export const settingsResetItem = storage.defineItem<(keyof Settings)[] | null>('local:settingsReset', {
  fallback: null,
});

/**
 * The settings, checked each time they are read (utils/settings/repair.ts): what is broken is put back to its
 * default, stored, and noted for the options page to tell.
 */
export const settingsItem = {
  async getValue(): Promise<Settings> {
    const { settings, reset } = repairSettings(await storedSettings.getValue());
    if (reset.length > 0) {
      await storedSettings.setValue(settings);
      const noted = (await settingsResetItem.getValue()) ?? [];
      await settingsResetItem.setValue([...new Set([...noted, ...reset])]);
    }
    return settings;
  },
  setValue(settings: Settings): Promise<void> {
    return storedSettings.setValue(settings);
  },
};
