/**
 * What the engine suggests now, read through indexes: the same answer as
 * asking it about everyone and everything they shared, from the few people
 * whose ideas could come first.
 *
 * Everyone who may have an idea now is either due on their rhythm (the
 * roster's `suggestFrom`), has an open moment that may ask for something
 * today (the agenda, which holds what the engine weighs a moment by), or
 * planned a step last night. The engine bounds what
 * each of them could be worth from their standing alone (`mostWorth`); they
 * are read in full, best bound first, until no one left unread could rank
 * among the ideas asked for. Nobody else can have an idea at all.
 */
import type { IDBPDatabase } from 'idb';
import {
  MIN_WORTH,
  mostWorth,
  type RankedSuggestion,
  rankIdeas,
  type SuggestInput,
  scalesFor,
} from '../../utils/nudging/suggest';
import { addDays, dayKey, startOfDayKey } from '../../utils/platform/day';
import type { HourWindow } from '../../utils/platform/hour-window';
import { isPreview } from '../../utils/records/preview';
import type { Moment, NudgeRecord, Person } from '../../utils/records/types';
import { timelyMoments } from './db/agenda';
import { hasActivePeople, mayBeDue } from './db/roster-reads';
import type { RosterEntry, TendDB } from './db/schema';

const DAY = 86_400_000;
/** How far back connections, the last actions shown and planned steps are looked for. */
const HISTORY_MS = 30 * DAY;
/** Cards about someone older than this many calendar days change nothing the engine weighs (rest, repeats). */
const CARDS_DAYS = 14;
/** The last actions shown, which the engine rotates away from. */
const LAST_ACTIONS = 5;

/** When, and for whom: the time, the user's waking hours, and the ideas already passed over on this card. */
export interface IdeaAsk {
  now: number;
  wakingHours: HourWindow | null;
  skip?: NudgeRecord['skipped'];
}

export interface BestIdeas {
  /** Best first; right for the first `wanted` people and the first idea, and perhaps short of the rest. */
  ideas: RankedSuggestion[];
  /** Everyone read in full, by id: each person the ideas are about among them. */
  people: ReadonlyMap<string, Person>;
  hasPeople: boolean;
}

/**
 * The nudges the engine weighs, oldest first as the index holds them, previews left out: the last two
 * weeks, the last few actions shown before them, and steps planned on late-night cards.
 */
async function recentNudges(db: IDBPDatabase<TendDB>, now: number): Promise<NudgeRecord[]> {
  const tx = db.transaction('nudges');
  const byAt = tx.store.index('by-at');
  const month = IDBKeyRange.lowerBound(now - HISTORY_MS);
  const found = new Map<string, NudgeRecord>();
  const [weeks, planned] = await Promise.all([
    byAt.getAll(IDBKeyRange.lowerBound(startOfDayKey(addDays(dayKey(now), -CARDS_DAYS)))),
    tx.store.index('by-outcome-at').getAll(IDBKeyRange.bound(['planned', now - HISTORY_MS], ['planned', Infinity])),
  ]);
  let last = 0;
  for (let cursor = await byAt.openCursor(month, 'prev'); cursor && last < LAST_ACTIONS; ) {
    if (!isPreview(cursor.value)) {
      found.set(cursor.value.id, cursor.value);
      last++;
    }
    cursor = await cursor.continue();
  }
  for (const nudge of [...weeks, ...planned]) if (!isPreview(nudge)) found.set(nudge.id, nudge);
  return [...found.values()].sort((a, b) => a.at - b.at || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
}

/** The worth and id of the `wanted`-th person's best idea: who must be beaten to rank among them. */
function toBeat(ideas: readonly RankedSuggestion[], wanted: number): { worth: number; personId: string | null } {
  const people = new Set<string>();
  for (const idea of ideas) {
    people.add(idea.personId);
    if (people.size === wanted) return { worth: idea.worth, personId: idea.personId };
  }
  return { worth: MIN_WORTH, personId: null };
}

/** Whether a person whose ideas are worth `most` at best could rank before the idea to beat (see `rankIdeas`). */
function couldRank(candidate: { id: string; most: number }, beat: { worth: number; personId: string | null }): boolean {
  if (beat.personId === null) return candidate.most >= beat.worth;
  return (
    candidate.most > beat.worth || (candidate.most === beat.worth && candidate.id.localeCompare(beat.personId) < 0)
  );
}

export async function bestIdeas(db: IDBPDatabase<TendDB>, ask: IdeaAsk, wanted: number): Promise<BestIdeas> {
  const { now } = ask;
  const today = dayKey(now);
  const [nudges, interactions, due, timely, hasPeople] = await Promise.all([
    recentNudges(db, now),
    db.getAllFromIndex('interactions', 'by-at', IDBKeyRange.lowerBound(now - HISTORY_MS)),
    mayBeDue(db, today),
    timelyMoments(db, today),
    hasActivePeople(db),
  ]);
  const scales = scalesFor({ interactions, nudges, ...ask });

  const timelyOf = new Map<string, Moment[]>();
  for (const moment of timely) {
    const theirs = timelyOf.get(moment.personId);
    if (theirs) theirs.push(moment);
    else timelyOf.set(moment.personId, [moment]);
  }
  const standings = new Map<string, RosterEntry>(due.map((entry) => [entry.id, entry]));
  for (const entry of await rosterRows(
    db,
    [...timelyOf.keys()].filter((id) => !standings.has(id)),
  )) {
    if (!entry.archived) standings.set(entry.id, entry);
  }
  const candidates = [...standings.values()]
    .map((entry) => ({
      id: entry.id,
      most: mostWorth({ ...entry, reach: new Set(entry.reach) }, timelyOf.get(entry.id) ?? [], scales),
    }))
    .filter((candidate) => candidate.most >= MIN_WORTH)
    .sort((a, b) => b.most - a.most || a.id.localeCompare(b.id));

  // Steps planned last night come first whatever their people's standing: their people are always read.
  const read = new Set<string>();
  let pending = [
    ...new Set([
      ...nudges.flatMap((nudge) => (nudge.outcome === 'planned' && nudge.personId ? [nudge.personId] : [])),
      ...candidates.slice(0, 4 * wanted).map((candidate) => candidate.id),
    ]),
  ];
  const people = new Map<string, Person>();
  const moments: Moment[] = [];
  let ideas: RankedSuggestion[] = [];
  while (pending.length > 0) {
    await readPeople(db, pending, people, moments);
    for (const id of pending) read.add(id);
    const input: SuggestInput = { people: [...people.values()], moments, interactions, nudges, ...ask };
    ideas = rankIdeas(input);
    const beat = toBeat(ideas, wanted);
    pending = candidates.filter((candidate) => !read.has(candidate.id) && couldRank(candidate, beat)).map((c) => c.id);
  }
  return { ideas, people, hasPeople };
}

/** Past this many, the roster is read whole in one request rather than row by row. */
const ROWS_ONE_BY_ONE = 200;

/** The roster rows of these people: one by one while they are few, else every active row at once. */
async function rosterRows(db: IDBPDatabase<TendDB>, ids: readonly string[]): Promise<RosterEntry[]> {
  if (ids.length > ROWS_ONE_BY_ONE) {
    const wanted = new Set(ids);
    return (await db.getAllFromIndex('roster', 'active-by-name')).filter((entry) => wanted.has(entry.id));
  }
  const roster = db.transaction('roster').store;
  const rows = await Promise.all(ids.map((id) => roster.get(id)));
  return rows.filter((row): row is RosterEntry => row !== undefined);
}

/** Reads each person and everything they shared into `people` and `moments`. */
async function readPeople(
  db: IDBPDatabase<TendDB>,
  ids: readonly string[],
  people: Map<string, Person>,
  moments: Moment[],
): Promise<void> {
  const tx = db.transaction(['people', 'moments']);
  const theirMoments = tx.objectStore('moments').index('by-person');
  const read = await Promise.all(
    ids.map(async (id) => [await tx.objectStore('people').get(id), await theirMoments.getAll(id)] as const),
  );
  for (const [person, shared] of read) {
    if (!person) continue;
    people.set(person.id, person);
    moments.push(...shared);
  }
}
