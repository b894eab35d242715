/**
 * Export and import of everything Tend keeps. A backup is one versioned JSON
 * document; importing checks all of it — size, JSON, format and version,
 * every field of every record, forbidden keys, duplicate ids, references
 * between records — before anything is written, and a file that fails any
 * check is refused with a message that says what is wrong and where.
 */
import { ACTIONS } from '../nudging/actions';
import { INVITE_ACTION } from '../nudging/plan';
import {
  array,
  boolean,
  isPlainObject,
  nullable,
  number,
  object,
  oneOf,
  record,
  string,
  ValidationError,
  type Validator,
} from '../platform/validate';
import {
  channel,
  INTERACTION_KINDS,
  localDay,
  MOMENT_KINDS,
  NUDGE_OUTCOMES,
  recordId,
  timestamp,
} from '../records/inputs';
import type { DayTotal, Interaction, Moment, NudgeRecord, Person } from '../records/types';
import { DEFAULT_SETTINGS, type Settings, settingsPatch } from '../settings/settings';

export const BACKUP_FORMAT = 'tend-backup';
export const BACKUP_VERSION = 1;
/** Larger files are refused before they are read: years of history fit in a few megabytes. */
export const MAX_BACKUP_BYTES = 20 * 1024 * 1024;

export interface Backup {
  format: typeof BACKUP_FORMAT;
  version: typeof BACKUP_VERSION;
  exportedAt: string;
  settings: Settings;
  people: Person[];
  moments: Moment[];
  interactions: Interaction[];
  nudges: NudgeRecord[];
  days: DayTotal[];
}

export class BackupError extends Error {
  override name = 'BackupError';
}

const count = number({ min: 0, max: 1e9, integer: true });
const shortText = (max: number) => string({ max });

const personRecord: Validator<Person> = object({
  id: recordId,
  name: string({ min: 1, max: 100 }),
  channels: array(channel, { max: 10 }),
  cadenceDays: nullable(number({ min: 1, max: 365, integer: true })),
  notes: shortText(5_000),
  lastContactAt: nullable(timestamp),
  archived: boolean,
  createdAt: timestamp,
  updatedAt: timestamp,
});

const momentRecord: Validator<Moment> = object({
  id: recordId,
  personId: recordId,
  kind: oneOf(MOMENT_KINDS),
  text: string({ min: 1, max: 300 }),
  sharedOn: localDay,
  followUpOn: nullable(localDay),
  resolved: boolean,
  createdAt: timestamp,
  updatedAt: timestamp,
});

const interactionRecord: Validator<Interaction> = object({
  id: recordId,
  personId: recordId,
  at: timestamp,
  how: oneOf(INTERACTION_KINDS),
  note: shortText(1_000),
  nudgeId: nullable(recordId),
});

const ACTION_IDS = [...ACTIONS.map((action) => action.id), INVITE_ACTION];

const nudgeRecord: Validator<NudgeRecord> = object({
  id: recordId,
  at: timestamp,
  site: string({ min: 1, max: 300 }),
  tabId: nullable(number({ min: 0, max: 2 ** 31, integer: true })),
  passiveMinutes: count,
  personId: nullable(recordId),
  actionId: oneOf(ACTION_IDS),
  momentId: nullable(recordId),
  reason: shortText(1_000),
  outcome: oneOf(NUDGE_OUTCOMES),
  decidedAt: nullable(timestamp),
  skipped: array(object({ personId: nullable(recordId), actionId: oneOf(ACTION_IDS) }), { max: 100 }),
  snoozedUntil: nullable(timestamp),
});

/**
 * More than a day could hold, however it was lived: a local date lasts 25
 * hours when clocks go back, and a flight west over the date line lives it twice.
 */
const MAX_PASSIVE_MS_ON_A_DATE = 72 * 3_600_000;

const dayRecord: Validator<DayTotal> = object({
  day: localDay,
  site: string({ min: 1, max: 300 }),
  passiveMs: number({ min: 0, max: MAX_PASSIVE_MS_ON_A_DATE }),
  nudges: count,
  connections: count,
});

/** Settings added after this backup format was first written: files without them take the default. */
const ADDED_LATER: readonly (keyof Settings)[] = ['wakingHours'];

/** A whole settings object: every field the patch knows, plus what only Tend itself sets. */
const fullSettings: Validator<Settings> = (value, path) => {
  if (!isPlainObject(value)) throw new ValidationError(`${path} must be an object`);
  const { pausedSites, customSites, ...rest } = value;
  const checked = settingsPatch(rest, path);
  const missing = Object.keys(DEFAULT_SETTINGS).filter(
    (key) =>
      key !== 'pausedSites' &&
      key !== 'customSites' &&
      !ADDED_LATER.includes(key as keyof Settings) &&
      !(key in checked),
  );
  if (missing.length > 0) throw new ValidationError(`${path}.${missing[0]} is missing`);
  return {
    ...DEFAULT_SETTINGS,
    ...checked,
    pausedSites: record(localDay, { maxKeys: 1_000 })(pausedSites, `${path}.pausedSites`),
    customSites: array(object({ host: string({ min: 1, max: 253 }) }), { max: 100 })(
      customSites,
      `${path}.customSites`,
    ),
  } as Settings;
};

const backupShape = object({
  format: oneOf([BACKUP_FORMAT]),
  version: oneOf([BACKUP_VERSION]),
  exportedAt: string({ max: 40 }),
  settings: fullSettings,
  people: array(personRecord, { max: 10_000 }),
  moments: array(momentRecord, { max: 100_000 }),
  interactions: array(interactionRecord, { max: 200_000 }),
  nudges: array(nudgeRecord, { max: 500_000 }),
  days: array(dayRecord, { max: 100_000 }),
});

const FORBIDDEN_KEYS = new Set(['__proto__', 'constructor', 'prototype']);

/** Finds a key that could reach a prototype, anywhere in the document. */
function forbiddenKeyPath(value: unknown, path: string): string | null {
  if (Array.isArray(value)) {
    for (let i = 0; i < value.length; i++) {
      const found = forbiddenKeyPath(value[i], `${path}[${i}]`);
      if (found) return found;
    }
  } else if (typeof value === 'object' && value !== null) {
    for (const key of Object.keys(value)) {
      if (FORBIDDEN_KEYS.has(key)) return `${path}.${key}`;
      const found = forbiddenKeyPath((value as Record<string, unknown>)[key], `${path}.${key}`);
      if (found) return found;
    }
  }
  return null;
}

function duplicate(ids: readonly string[]): string | undefined {
  const seen = new Set<string>();
  for (const id of ids) {
    if (seen.has(id)) return id;
    seen.add(id);
  }
  return undefined;
}

/** Checks that every reference between records points at a record in the same backup. */
function checkReferences(backup: Backup): void {
  const people = new Set(backup.people.map((p) => p.id));
  const moments = new Set(backup.moments.map((m) => m.id));
  const nudges = new Set(backup.nudges.map((n) => n.id));
  for (const [store, ids] of [
    ['people', backup.people.map((p) => p.id)],
    ['moments', backup.moments.map((m) => m.id)],
    ['interactions', backup.interactions.map((i) => i.id)],
    ['nudges', backup.nudges.map((n) => n.id)],
    ['days', backup.days.map((d) => `${d.day} ${d.site}`)],
  ] as const) {
    const repeated = duplicate(ids);
    if (repeated !== undefined) throw new BackupError(`${store} has "${repeated}" twice.`);
  }
  backup.moments.forEach((m, i) => {
    if (!people.has(m.personId))
      throw new BackupError(`moments[${i}] belongs to a person not in the file (${m.personId}).`);
  });
  backup.interactions.forEach((x, i) => {
    if (!people.has(x.personId)) {
      throw new BackupError(`interactions[${i}] is with a person not in the file (${x.personId}).`);
    }
    if (x.nudgeId !== null && !nudges.has(x.nudgeId)) {
      throw new BackupError(`interactions[${i}] refers to a nudge not in the file (${x.nudgeId}).`);
    }
  });
  backup.nudges.forEach((n, i) => {
    if (n.personId !== null && !people.has(n.personId)) {
      throw new BackupError(`nudges[${i}] is about a person not in the file (${n.personId}).`);
    }
    if (n.momentId !== null && !moments.has(n.momentId)) {
      throw new BackupError(`nudges[${i}] is about a moment not in the file (${n.momentId}).`);
    }
  });
}

/** Reads and checks a backup file's text. Throws BackupError with a message for the person importing it. */
export function parseBackup(text: string): Backup {
  if (text.length > MAX_BACKUP_BYTES) {
    throw new BackupError(
      `The file is larger than ${MAX_BACKUP_BYTES / 1024 / 1024} MB; Tend backups are much smaller.`,
    );
  }
  let document: unknown;
  try {
    document = JSON.parse(text);
  } catch (error) {
    throw new BackupError(`This is not a Tend backup: it is not valid JSON (${(error as Error).message}).`);
  }
  if (!isPlainObject(document) || document.format !== BACKUP_FORMAT) {
    throw new BackupError('This is not a Tend backup: it does not say "format": "tend-backup".');
  }
  if (document.version !== BACKUP_VERSION) {
    const newer = typeof document.version === 'number' && document.version > BACKUP_VERSION;
    throw new BackupError(
      newer
        ? `This backup was made by a newer Tend (format version ${document.version}); update Tend to import it.`
        : `This backup's format version (${JSON.stringify(document.version)}) is not one Tend can read.`,
    );
  }
  const forbidden = forbiddenKeyPath(document, 'backup');
  if (forbidden) throw new BackupError(`The file has a key that is not allowed: ${forbidden}.`);
  let backup: Backup;
  try {
    backup = backupShape(document, 'backup') as Backup;
  } catch (error) {
    if (error instanceof ValidationError) throw new BackupError(`The file has a problem: ${error.message}.`);
    throw error;
  }
  checkReferences(backup);
  return backup;
}

export type ImportMode = 'merge' | 'replace';

export interface StoreChange {
  added: number;
  updated: number;
  unchanged: number;
  /** Only when replacing: records that are here now and not in the file. */
  removed: number;
}

export type ImportPreview = Record<'people' | 'moments' | 'interactions' | 'nudges' | 'days', StoreChange> & {
  mode: ImportMode;
  settings: 'kept' | 'replaced';
};

type Keyed = { key: string; json: string };

function changes(current: readonly Keyed[], incoming: readonly Keyed[], mode: ImportMode): StoreChange {
  const now = new Map(current.map((r) => [r.key, r.json]));
  const next = new Set(incoming.map((r) => r.key));
  let added = 0;
  let updated = 0;
  let unchanged = 0;
  for (const { key, json } of incoming) {
    const existing = now.get(key);
    if (existing === undefined) added++;
    else if (existing === json) unchanged++;
    else updated++;
  }
  const removed = mode === 'replace' ? current.filter((r) => !next.has(r.key)).length : 0;
  return { added, updated, unchanged, removed };
}

export type BackupData = Omit<Backup, 'format' | 'version' | 'exportedAt'>;

const keyed = {
  byId: (records: readonly { id: string }[]): Keyed[] => records.map((r) => ({ key: r.id, json: JSON.stringify(r) })),
  days: (records: readonly DayTotal[]): Keyed[] =>
    records.map((r) => ({ key: `${r.day} ${r.site}`, json: JSON.stringify(r) })),
};

/** What importing `incoming` would change in `current`, store by store. */
export function previewImport(current: BackupData, incoming: Backup, mode: ImportMode): ImportPreview {
  return {
    mode,
    settings: mode === 'replace' ? 'replaced' : 'kept',
    people: changes(keyed.byId(current.people), keyed.byId(incoming.people), mode),
    moments: changes(keyed.byId(current.moments), keyed.byId(incoming.moments), mode),
    interactions: changes(keyed.byId(current.interactions), keyed.byId(incoming.interactions), mode),
    nudges: changes(keyed.byId(current.nudges), keyed.byId(incoming.nudges), mode),
    days: changes(keyed.days(current.days), keyed.days(incoming.days), mode),
  };
}

/** Merging must not leave a reference dangling: the result is checked like a file. */
export function mergedData(current: BackupData, incoming: Backup, mode: ImportMode): BackupData {
  if (mode === 'replace') return incoming;
  const merge = <T>(a: readonly T[], b: readonly T[], key: (r: T) => string) => {
    const map = new Map(a.map((r) => [key(r), r]));
    for (const r of b) map.set(key(r), r);
    return [...map.values()];
  };
  const byId = (r: { id: string }) => r.id;
  return {
    settings: current.settings,
    people: merge(current.people, incoming.people, byId),
    moments: merge(current.moments, incoming.moments, byId),
    interactions: merge(current.interactions, incoming.interactions, byId),
    nudges: merge(current.nudges, incoming.nudges, byId),
    days: merge(current.days, incoming.days, (d) => `${d.day} ${d.site}`),
  };
}

export function checkMerged(data: BackupData): void {
  checkReferences({ format: BACKUP_FORMAT, version: BACKUP_VERSION, exportedAt: '', ...data });
}
