/**
 * A person as lists show them (a row: no notes, no channels, no call name),
 * and the keys that put rows in the lists' two orders. The background keeps
 * a row per person in an indexed store beside the people themselves, so a
 * list reads one page in its order instead of every person; a page that
 * holds rows in memory orders them by the same keys, so both agree.
 *
 * Keys hold local dates: a person's place in "most overdue first" does not
 * move as days pass, only when they are written again (and when the time
 * zone changes, which rebuilds every row). So the order needs no clock.
 */
import { addDays, dayKey } from '../platform/day';

export interface PersonRow {
  id: string;
  name: string;
  archived: boolean;
  cadenceDays: number | null;
  lastContactAt: number | null;
  createdAt: number;
}

/** A person as a list to choose from names them. */
export type PersonName = Pick<PersonRow, 'id' | 'name' | 'archived'>;

/** A row and its places in the lists' two orders, as a page that searches in memory holds it. */
export interface RankedRow extends PersonRow {
  /** By name: the folded name, then the id. */
  nameKey: NameKey;
  /** Most overdue first (see `overdueKey`). */
  overdueKey: OverdueKey;
}

export type NameKey = [fold: string, id: string];
export type OverdueKey = [group: number, dueDay: string, lastDay: string, fold: string, id: string];

/** Case- and accent-free: what a search matches and what the name order compares. */
export function foldName(text: string): string {
  return text
    .normalize('NFD')
    .replace(/\p{Diacritic}/gu, '')
    .toLowerCase();
}

export function personRow(person: PersonRow): PersonRow {
  return {
    id: person.id,
    name: person.name,
    archived: person.archived,
    cadenceDays: person.cadenceDays,
    lastContactAt: person.lastContactAt,
    createdAt: person.createdAt,
  };
}

export function nameKey(person: PersonRow): NameKey {
  return [foldName(person.name), person.id];
}

/**
 * Most overdue first: people with a rhythm by the day it ran out (their
 * last contact, or the day they were added, plus the rhythm), earliest
 * first; then by the day of their last contact, never in touch first; then
 * by name. People without a rhythm come after, longest out of touch first.
 * The same order as counting overdue days on any given day, except for a
 * last contact in the future (a clock set back), which counts as today
 * there and as its own day here.
 */
export function overdueKey(person: PersonRow): OverdueKey {
  const lastDay = person.lastContactAt === null ? '' : dayKey(person.lastContactAt);
  const [fold, id] = nameKey(person);
  if (person.cadenceDays === null) return [1, '', lastDay, fold, id];
  const anchor = lastDay === '' ? dayKey(person.createdAt) : lastDay;
  return [0, addDays(anchor, person.cadenceDays), lastDay, fold, id];
}

/**
 * Orders two keys of the same shape as IndexedDB orders them: element by
 * element, numbers by value, strings by UTF-16 code unit, a shorter key
 * before a longer one it begins.
 */
export function compareKeys(a: readonly (string | number)[], b: readonly (string | number)[]): number {
  for (let i = 0; i < Math.min(a.length, b.length); i++) {
    const [x, y] = [a[i] as string | number, b[i] as string | number];
    if (x !== y) return x < y ? -1 : 1;
  }
  return a.length - b.length;
}
