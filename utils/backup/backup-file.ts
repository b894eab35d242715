/**
 * Export and import of everything Tend keeps. A backup is one versioned JSON
 * document; importing checks all of it — size, JSON, format and version,
 * every field of every record, forbidden keys, duplicate ids, references
 * between records — before anything is written, and a file that fails any
 * check is refused with a message that says what is wrong and where.
 *
 * This file is the format and its reading; `contents.ts` holds the rules
 * between records and `merge.ts` what an import would change. Callers
 * import all of it from here.
 */
import {
  array,
  forbiddenKeyPath,
  isPlainObject,
  object,
  oneOf,
  string,
  ValidationError,
  type Validator,
} from '../platform/validate';
import { dayRecord, interactionRecord, momentRecord, nudgeRecord, personRecord } from '../records/stored';
import {
  customSitesShape,
  DEFAULT_SETTINGS,
  pausedSitesShape,
  type Settings,
  settingsPatch,
} from '../settings/settings';
import { type BackupData, BackupError, checkReferences, withoutDeletedMoments, withoutPreviews } from './contents';

export const BACKUP_FORMAT = 'tend-backup';
export const BACKUP_VERSION = 1;
/** Larger files are refused before they are read: years of history fit in a few megabytes. */
export const MAX_BACKUP_BYTES = 20 * 1024 * 1024;

export interface Backup extends BackupData {
  format: typeof BACKUP_FORMAT;
  version: typeof BACKUP_VERSION;
  exportedAt: string;
}

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
    pausedSites: pausedSitesShape(pausedSites, `${path}.pausedSites`),
    customSites: customSitesShape(customSites, `${path}.customSites`),
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
  // Files exported before previews were left out may still hold some.
  backup = withoutPreviews(withoutDeletedMoments(backup));
  checkReferences(backup);
  return backup;
}
