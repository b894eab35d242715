/**
 * Importing into a Tend that already holds data: what a file would change,
 * store by store, and the data that merging or replacing leaves. Merging
 * keeps what is here and lets the file's version of a record win.
 */
import { type BackupData, checkReferences, dayTotalKey } from './contents';

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

/** A record by its key, and as JSON text: equal text is an unchanged record. */
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

const keyed = {
  byId: (records: readonly { id: string }[]): Keyed[] => records.map((r) => ({ key: r.id, json: JSON.stringify(r) })),
  days: (records: BackupData['days']): Keyed[] =>
    records.map((r) => ({ key: dayTotalKey(r), json: JSON.stringify(r) })),
};

/** What importing `incoming` would change in `current`, store by store. */
export function previewImport(current: BackupData, incoming: BackupData, mode: ImportMode): ImportPreview {
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

/** Merging must not leave a reference dangling: the result is checked like a file (`checkMerged`). */
export function mergedData(current: BackupData, incoming: BackupData, mode: ImportMode): BackupData {
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
    days: merge(current.days, incoming.days, dayTotalKey),
  };
}

export function checkMerged(data: BackupData): void {
  checkReferences(data);
}
