/** How Tend behaves, as the user set it; stored by `settings-store.ts`. */
import { builtInSites } from './sites';
import { boolean, type Infer, object, oneOf, optional, record } from './validate';

export interface Settings {
  /** Built-in site id → whether Tend watches it. A site missing here is on. */
  sites: Record<string, boolean>;
  /** Count passive time in private windows too (off: private browsing stays unrecorded). */
  countIncognito: boolean;
}

export const DEFAULT_SETTINGS: Settings = {
  sites: {},
  countIncognito: false,
};

/** What an options page may change; every field is optional and checked. */
export const settingsPatch = object({
  sites: optional(record(boolean, { maxKeys: builtInSites.length, key: oneOf(builtInSites.map((site) => site.id)) })),
  countIncognito: optional(boolean),
});
export type SettingsPatch = Infer<typeof settingsPatch>;

export function applySettingsPatch(settings: Settings, patch: SettingsPatch): Settings {
  return {
    ...settings,
    ...(patch.countIncognito === undefined ? {} : { countIncognito: patch.countIncognito }),
    ...(patch.sites === undefined ? {} : { sites: { ...settings.sites, ...patch.sites } }),
  };
}

export function isSiteOn(settings: Settings, siteId: string): boolean {
  return settings.sites[siteId] !== false;
}
