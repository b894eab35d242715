/** How Tend behaves, as the user set it; stored by `settings-store.ts`. */
import type { HourWindow } from '../platform/hour-window';
import {
  array,
  boolean,
  type Infer,
  nullable,
  number,
  object,
  oneOf,
  optional,
  record,
  refine,
  string,
} from '../platform/validate';
import { localDay } from '../records/inputs';
import { builtInSites } from '../sites';

/** Settings as version 1 stored them. */
export interface SettingsV1 {
  /** Built-in site id → whether Tend watches it. A site missing here is on. */
  sites: Record<string, boolean>;
  /** Count passive time in private windows too (off: private browsing stays unrecorded). */
  countIncognito: boolean;
}

/** Minutes after local midnight. */
export type QuietHours = HourWindow;

/** Version 2 adds when and how often Tend may nudge. */
export interface SettingsV2 extends SettingsV1 {
  /** Passive scrolling in one sitting before a nudge. */
  thresholdSeconds: number;
  /** Least time between two nudges. */
  cooldownMinutes: number;
  /** Most nudges in a day. */
  dailyCap: number;
  /** No nudges between these times; null for none. */
  quietHours: QuietHours | null;
  /** No nudges anywhere until then. */
  pausedUntil: number | null;
  /** Site id → the local day the user paused nudges there. */
  pausedSites: Record<string, string>;
}

/** A site the user added, by host; Tend counts scrolling on all of its pages. */
export interface CustomSite {
  host: string;
}

/** Version 3 adds the user's own sites. */
export interface SettingsV3 extends SettingsV2 {
  customSites: CustomSite[];
}

/** Version 4 adds how long to keep history. */
export interface SettingsV4 extends SettingsV3 {
  /** Nudges, connections and daily totals older than this many days are deleted; null keeps everything. */
  historyDays: number | null;
}

/** Version 5 makes the hour a visible rule: Tend suggests reaching out only during waking hours. */
export interface Settings extends SettingsV4 {
  /** When it is kind to message or call someone; null for any hour. */
  wakingHours: HourWindow | null;
}

/** Until version 5, every action had its own fitting hours, and none fitted before 07:00 or after 23:00. */
export const DEFAULT_WAKING_HOURS: HourWindow = { from: 7 * 60, to: 23 * 60 };

/** Where the background keeps the settings, in storage.local; pages only watch it change. */
export const SETTINGS_STORAGE_KEY = 'settings';

export const DEFAULT_SETTINGS: Settings = {
  sites: {},
  countIncognito: false,
  thresholdSeconds: 10 * 60,
  cooldownMinutes: 20,
  dailyCap: 4,
  quietHours: null,
  pausedUntil: null,
  pausedSites: {},
  customSites: [],
  historyDays: null,
  wakingHours: DEFAULT_WAKING_HOURS,
};

export function migrateSettingsV1(old: SettingsV1): SettingsV2 {
  const { customSites: _sites, historyDays: _history, wakingHours: _waking, ...v2Defaults } = DEFAULT_SETTINGS;
  return { ...v2Defaults, ...old };
}

// Each migration only adds what is missing: if storage loses its version marker, the migrations run again
// over current settings, and must leave them as they are.

export function migrateSettingsV2(old: SettingsV2): SettingsV3 {
  return { customSites: [], ...old };
}

export function migrateSettingsV3(old: SettingsV3): SettingsV4 {
  return { historyDays: null, ...old };
}

export function migrateSettingsV4(old: SettingsV4): Settings {
  return { wakingHours: DEFAULT_WAKING_HOURS, ...old };
}

/** The shortest sitting that may bring a nudge (the demo and tests use it), and the longest. */
export const MIN_THRESHOLD_SECONDS = 10;
export const MAX_THRESHOLD_SECONDS = 4 * 60 * 60;

const minuteOfDay = number({ min: 0, max: 24 * 60 - 1, integer: true });

const hourWindow = refine(object({ from: minuteOfDay, to: minuteOfDay }), ({ from, to }) =>
  from === to ? 'must start and end at different times' : null,
);

/** What an options page or the popup may change; every field is optional and checked. */
export const settingsPatch = object({
  sites: optional(record(boolean, { maxKeys: builtInSites.length, key: oneOf(builtInSites.map((site) => site.id)) })),
  countIncognito: optional(boolean),
  thresholdSeconds: optional(number({ min: MIN_THRESHOLD_SECONDS, max: MAX_THRESHOLD_SECONDS, integer: true })),
  cooldownMinutes: optional(number({ min: 0, max: 24 * 60, integer: true })),
  dailyCap: optional(number({ min: 0, max: 50, integer: true })),
  quietHours: optional(nullable(hourWindow)),
  wakingHours: optional(nullable(hourWindow)),
  pausedUntil: optional(nullable(number({ min: 0, max: 8.64e15 }))),
  historyDays: optional(nullable(number({ min: 7, max: 3650, integer: true }))),
});
export type SettingsPatch = Infer<typeof settingsPatch>;

/** The settings only Tend itself changes (by "Pause here today", and by adding a site), never a patch. */
export const pausedSitesShape = record(localDay, { maxKeys: 1_000 });
export const customSitesShape = array(object({ host: string({ min: 1, max: 253 }) }), { max: 100 });

export function applySettingsPatch(settings: Settings, patch: SettingsPatch): Settings {
  const { sites, ...rest } = patch;
  return { ...settings, ...rest, ...(sites === undefined ? {} : { sites: { ...settings.sites, ...sites } }) };
}

export function isSiteOn(settings: Settings, siteId: string): boolean {
  return settings.sites[siteId] !== false;
}
