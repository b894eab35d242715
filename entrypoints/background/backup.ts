/**
 * Export, import and deletion of everything Tend keeps. An import is checked
 * whole before anything is written, then applied in one transaction: a bad
 * file, or a failure halfway, changes nothing.
 */
import type { IDBPDatabase } from 'idb';
import { BACKUP_FORMAT, BACKUP_VERSION, type Backup, parseBackup } from '../../utils/backup/backup-file';
import { type BackupData, BackupError, withoutDeletedMoments, withoutPreviews } from '../../utils/backup/contents';
import { checkMerged, type ImportMode, type ImportPreview, mergedData, previewImport } from '../../utils/backup/merge';
import { ProtocolError } from '../../utils/protocol/dispatch';
import { DEFAULT_SETTINGS } from '../../utils/settings/settings';
import { syncCustomSites } from './custom-site-scripts';
import { putMoment } from './db/agenda';
import { atomically } from './db/atomic';
import { forgetRecentCards } from './db/recent-cards';
import { putPerson } from './db/roster';
import type { TendDB } from './db/schema';
import { forgetShortlist } from './db/shortlist-forgotten';
import { forgetNudges } from './policy-memory';
import { settingsItem } from './settings-store';

const DATA_STORES = ['people', 'moments', 'interactions', 'nudges', 'days'] as const;
/** Every store an import that replaces, or a deletion, clears: the records, and what is kept with them. */
const ALL_STORES = [...DATA_STORES, 'roster', 'agenda', 'sittings', 'ledger'] as const;

async function currentData(db: IDBPDatabase<TendDB>): Promise<BackupData> {
  const tx = db.transaction(DATA_STORES, 'readonly');
  const [people, moments, interactions, nudges, days] = await Promise.all(
    DATA_STORES.map((store) => tx.objectStore(store).getAll()),
  );
  return withoutPreviews(
    withoutDeletedMoments({
      settings: await settingsItem.getValue(),
      people: people as BackupData['people'],
      moments: moments as BackupData['moments'],
      interactions: interactions as BackupData['interactions'],
      nudges: nudges as BackupData['nudges'],
      days: days as BackupData['days'],
    }),
  );
}

export async function exportBackup(db: IDBPDatabase<TendDB>, now: number): Promise<Backup> {
  return {
    format: BACKUP_FORMAT,
    version: BACKUP_VERSION,
    exportedAt: new Date(now).toISOString(),
    ...(await currentData(db)),
  };
}

function readFile(text: string): Backup {
  try {
    return parseBackup(text);
  } catch (error) {
    if (error instanceof BackupError) throw new ProtocolError('invalid-data', error.message);
    throw error;
  }
}

function checkResult(data: BackupData): void {
  try {
    checkMerged(data);
  } catch (error) {
    if (error instanceof BackupError)
      throw new ProtocolError('invalid-data', `Merging would break a link: ${error.message}`);
    throw error;
  }
}

export async function previewBackup(db: IDBPDatabase<TendDB>, text: string, mode: ImportMode): Promise<ImportPreview> {
  const incoming = readFile(text);
  const current = await currentData(db);
  checkResult(mergedData(current, incoming, mode));
  return previewImport(current, incoming, mode);
}

export async function importBackup(db: IDBPDatabase<TendDB>, text: string, mode: ImportMode): Promise<ImportPreview> {
  const incoming = readFile(text);
  const current = await currentData(db);
  const result = mergedData(current, incoming, mode);
  checkResult(result);
  const preview = previewImport(current, incoming, mode);
  const tx = db.transaction([...ALL_STORES, 'meta'] as const, 'readwrite');
  await atomically(tx, async () => {
    if (mode === 'replace') {
      for (const store of ALL_STORES) await tx.objectStore(store).clear();
      // No one is left to count or to shortlist; the roster's zone still holds for the rows written next.
      await tx.objectStore('meta').delete('people-count');
      await forgetShortlist(tx.objectStore('meta'));
    }
    const people = { people: tx.objectStore('people'), roster: tx.objectStore('roster'), meta: tx.objectStore('meta') };
    for (const person of incoming.people) await putPerson(people, person);
    const moments = {
      moments: tx.objectStore('moments'),
      agenda: tx.objectStore('agenda'),
      meta: tx.objectStore('meta'),
    };
    for (const moment of incoming.moments) await putMoment(moments, moment);
    for (const interaction of incoming.interactions) await tx.objectStore('interactions').put(interaction);
    for (const nudge of incoming.nudges) await tx.objectStore('nudges').put(nudge);
    // Cards imported in a body, or all gone with a replace: the next ask reads them afresh.
    await forgetRecentCards(tx.objectStore('meta'));
    for (const day of incoming.days) await tx.objectStore('days').put(day);
  });
  forgetNudges();
  if (mode === 'replace') {
    await settingsItem.setValue(incoming.settings);
    await syncCustomSites();
  }
  return preview;
}

export async function deleteEverything(db: IDBPDatabase<TendDB>): Promise<null> {
  // Everything: the zone the roster was built in too (the next start builds the empty roster again).
  const stores = [...ALL_STORES, 'meta'] as const;
  const tx = db.transaction(stores, 'readwrite');
  await atomically(tx, async () => {
    for (const store of stores) await tx.objectStore(store).clear();
  });
  forgetNudges();
  await settingsItem.setValue(DEFAULT_SETTINGS);
  await syncCustomSites();
  return null;
}
