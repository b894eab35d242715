/**
 * What a backup holds — the settings and every store's records — and the
 * rules between those records: each id once per store, and every reference
 * pointing at a record that is there. Checked on a file as it is read, and
 * again on what merging it into the current data would leave.
 */
import { isPreview } from '../records/preview';
import { withoutMoment } from '../records/scrub';
import type { DayTotal, Interaction, Moment, NudgeRecord, Person } from '../records/types';
import type { Settings } from '../settings/settings';

export interface BackupData {
  settings: Settings;
  people: Person[];
  moments: Moment[];
  interactions: Interaction[];
  nudges: NudgeRecord[];
  days: DayTotal[];
}

/** A file or a merge Tend refuses; the message is for the person importing. */
export class BackupError extends Error {
  override name = 'BackupError';
}

/** Days have no id: a site's total for a local date is one record. */
export const dayTotalKey = (day: DayTotal): string => `${day.day} ${day.site}`;

function duplicate(ids: readonly string[]): string | undefined {
  const seen = new Set<string>();
  for (const id of ids) {
    if (seen.has(id)) return id;
    seen.add(id);
  }
  return undefined;
}

/**
 * Takes out what deleted moments left in nudges: earlier versions deleted a moment but kept its id and
 * words in the nudges about it, and such data must still export, import and merge.
 */
export function withoutDeletedMoments<T extends BackupData>(data: T): T {
  const moments = new Set(data.moments.map((m) => m.id));
  const dangling = (n: NudgeRecord) => n.momentId !== null && !moments.has(n.momentId);
  if (!data.nudges.some(dangling)) return data;
  return { ...data, nudges: data.nudges.map((n) => (dangling(n) ? withoutMoment(n) : n)) };
}

/**
 * Leaves previews out, both ways: a backup holds what happened, and a preview (`records/preview.ts`) is
 * only the options page showing a card. A connection logged from a preview's card did happen: it stays
 * and loses only its pointer, as it does when its nudge is pruned.
 */
export function withoutPreviews<T extends BackupData>(data: T): T {
  const previews = new Set(data.nudges.filter(isPreview).map((n) => n.id));
  if (previews.size === 0) return data;
  return {
    ...data,
    nudges: data.nudges.filter((n) => !previews.has(n.id)),
    interactions: data.interactions.map((x) =>
      x.nudgeId !== null && previews.has(x.nudgeId) ? { ...x, nudgeId: null } : x,
    ),
  };
}

/** Checks that no id repeats and every reference between records points at a record in the same data. */
export function checkReferences(data: BackupData): void {
  const people = new Set(data.people.map((p) => p.id));
  const moments = new Set(data.moments.map((m) => m.id));
  const nudges = new Set(data.nudges.map((n) => n.id));
  for (const [store, ids] of [
    ['people', data.people.map((p) => p.id)],
    ['moments', data.moments.map((m) => m.id)],
    ['interactions', data.interactions.map((i) => i.id)],
    ['nudges', data.nudges.map((n) => n.id)],
    ['days', data.days.map(dayTotalKey)],
  ] as const) {
    const repeated = duplicate(ids);
    if (repeated !== undefined) throw new BackupError(`${store} has "${repeated}" twice.`);
  }
  data.moments.forEach((m, i) => {
    if (!people.has(m.personId))
      throw new BackupError(`moments[${i}] belongs to a person not in the file (${m.personId}).`);
  });
  data.interactions.forEach((x, i) => {
    if (!people.has(x.personId)) {
      throw new BackupError(`interactions[${i}] is with a person not in the file (${x.personId}).`);
    }
    if (x.nudgeId !== null && !nudges.has(x.nudgeId)) {
      throw new BackupError(`interactions[${i}] refers to a nudge not in the file (${x.nudgeId}).`);
    }
  });
  data.nudges.forEach((n, i) => {
    if (n.personId !== null && !people.has(n.personId)) {
      throw new BackupError(`nudges[${i}] is about a person not in the file (${n.personId}).`);
    }
    if (n.momentId !== null && !moments.has(n.momentId)) {
      throw new BackupError(`nudges[${i}] is about a moment not in the file (${n.momentId}).`);
    }
  });
}
