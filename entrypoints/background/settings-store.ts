/**
 * Where settings live: `storage.local`, as a versioned WXT storage item.
 * When the shape of Settings changes, bump `version`, keep the old type
 * beside the new one, and add a migration from it; WXT runs the migrations
 * the first time the background reads the item after an update.
 */
import { storage } from 'wxt/utils/storage';
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

export const settingsItem = storage.defineItem<Settings>(`local:${SETTINGS_STORAGE_KEY}`, {
  fallback: DEFAULT_SETTINGS,
  version: 5,
  migrations: {
    2: (old: SettingsV1): SettingsV2 => migrateSettingsV1(old),
    3: (old: SettingsV2): SettingsV3 => migrateSettingsV2(old),
    4: (old: SettingsV3): SettingsV4 => migrateSettingsV3(old),
    5: (old: SettingsV4): Settings => migrateSettingsV4(old),
  },
});
