/**
 * What the engine would suggest asked about everyone and everything, as it
 * was asked before the background read through indexes and summaries: the
 * answer every faster read must give.
 */
import type { IDBPDatabase } from 'idb';
import { expect } from 'vitest';
import type { TendDB } from '../../entrypoints/background/db/schema';
import { pickIdea } from '../../entrypoints/background/nudge-lifecycle';
import { type SuggestInput, suggest } from '../../utils/nudging/suggest';
import { isPreview } from '../../utils/records/preview';
import { DAY } from './fixtures';

/** Everyone, everything they shared, and the last 30 days of connections and nudges. */
export async function everything(
  db: IDBPDatabase<TendDB>,
  ask: { now: number; wakingHours: SuggestInput['wakingHours'] },
): Promise<SuggestInput> {
  const since = IDBKeyRange.lowerBound(ask.now - 30 * DAY);
  return {
    people: await db.getAll('people'),
    moments: await db.getAll('moments'),
    interactions: await db.getAllFromIndex('interactions', 'by-at', since),
    nudges: (await db.getAllFromIndex('nudges', 'by-at', since)).filter((n) => !isPreview(n)),
    ...ask,
  };
}

/** The background's pick at `now` (any hour), checked against the engine asked about everyone. */
export async function checkedPick(db: IDBPDatabase<TendDB>, now: number) {
  const ask = { now, wakingHours: null };
  const { idea } = await pickIdea(db, ask);
  expect(idea).toEqual(suggest(await everything(db, ask)));
  return idea;
}
