/**
 * What the engine suggests now, read through indexes: the same answer as
 * asking it about everyone and everything they shared, from the few people
 * whose ideas could come first.
 *
 * Everyone who may have an idea now is either due on their rhythm (the
 * roster's `suggestFrom`), has an open moment that may ask for something
 * today (the agenda, which holds what the engine weighs a moment by), or
 * planned a step last night. The day's shortlist (`day-shortlist.ts`) holds
 * the first of them by what they could be worth today at best. The engine
 * bounds what each could be worth now from their standing alone
 * (`mostWorth`); they are read in full, best bound first, until no one left
 * unread could rank among the ideas asked for — and when someone the
 * shortlist left out still could, everyone is weighed. Nobody else can have
 * an idea at all.
 */
import type { IDBPDatabase } from 'idb';
import {
  MIN_WORTH,
  mostWorth,
  NO_CADENCE_REST_DAYS,
  type RankedSuggestion,
  REPEAT_AFTER_DAYS,
  rankIdeas,
  type SuggestInput,
  scalesFor,
} from '../../utils/nudging/suggest';
import { addDays, dayKey, startOfDayKey } from '../../utils/platform/day';
import type { HourWindow } from '../../utils/platform/hour-window';
import { isPreview } from '../../utils/records/preview';
import type { Interaction, Moment, NudgeRecord, Person } from '../../utils/records/types';
import {
  byBound,
  candidateOf,
  dayStandings,
  everyoneStandings,
  groupByPerson,
  type Standings,
} from './db/day-shortlist';
import { cardsSince } from './db/recent-cards';
import { hasActivePeople } from './db/roster-reads';
import type { TendDB } from './db/schema';

const DAY = 86_400_000;
/** How far back connections, the last actions shown and planned steps are looked for. */
const HISTORY_MS = 30 * DAY;
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

/** The cards the engine weighs: those of the last week about everyone, and of the week before about some. */
interface RecentPast {
  /**
   * The last week (repeats, a card turned down, the rest after a card about someone with a rhythm), the
   * last few actions shown before it, and steps planned on late-night cards.
   */
  nudges: NudgeRecord[];
  /** Every card since the start of the day a fortnight ago. */
  fortnight: NudgeRecord[];
}

/** From when the cards the engine may weigh were shown: someone without a rhythm rests two weeks after one. */
function fortnightFrom(now: number): number {
  return Math.min(now - REPEAT_AFTER_DAYS * DAY, startOfDayKey(addDays(dayKey(now), 1 - NO_CADENCE_REST_DAYS)));
}

async function recentPast(db: IDBPDatabase<TendDB>, now: number): Promise<RecentPast> {
  const weekFrom = now - REPEAT_AFTER_DAYS * DAY;
  const [fortnight, planned] = await Promise.all([
    cardsSince(db, fortnightFrom(now), now),
    db.getAllFromIndex(
      'nudges',
      'by-outcome-at',
      IDBKeyRange.bound(['planned', now - HISTORY_MS], ['planned', Infinity]),
    ),
  ]);
  const week = fortnight.filter((card) => card.at >= weekFrom);
  const nudges = [...week, ...planned];
  // The last few actions shown are in the week, unless the week had fewer: then they are looked for before it.
  let last = week.length;
  const before = IDBKeyRange.bound(now - HISTORY_MS, weekFrom, false, true);
  const byAt = db.transaction('nudges').store.index('by-at');
  for (let cursor = last < LAST_ACTIONS ? await byAt.openCursor(before, 'prev') : null; cursor; ) {
    if (!isPreview(cursor.value)) nudges.push(cursor.value);
    if (!isPreview(cursor.value) && ++last === LAST_ACTIONS) break;
    cursor = await cursor.continue();
  }
  return { nudges, fortnight };
}

/**
 * The cards of the week before about these people: someone without a rhythm rests two weeks after a
 * card about them, longer than the last week shows.
 */
function olderCards(fortnight: readonly NudgeRecord[], ids: readonly string[], now: number): NudgeRecord[] {
  const from = startOfDayKey(addDays(dayKey(now), 1 - NO_CADENCE_REST_DAYS));
  const to = now - REPEAT_AFTER_DAYS * DAY;
  const wanted = new Set(ids);
  return fortnight.filter(
    (card) => card.personId !== null && wanted.has(card.personId) && card.at >= from && card.at < to,
  );
}

/** Each nudge once, previews left out, oldest first as the index holds them (ties by id). */
function inIndexOrder(nudges: readonly NudgeRecord[]): NudgeRecord[] {
  const byId = new Map(nudges.filter((nudge) => !isPreview(nudge)).map((nudge) => [nudge.id, nudge]));
  return [...byId.values()].sort((a, b) => a.at - b.at || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
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
  const [recent, interactions, shortlisted, hasPeople] = await Promise.all([
    recentPast(db, now),
    db.getAllFromIndex('interactions', 'by-at', IDBKeyRange.lowerBound(now - HISTORY_MS)),
    dayStandings(db, now),
    hasActivePeople(db),
  ]);
  const ranked = await rankFrom(db, ask, wanted, { recent, interactions, standings: shortlisted });
  if (ranked) return { ...ranked, hasPeople };
  // Someone left out of the day's shortlist could still rank: weigh everyone, as the shortlist was made.
  const everyone = await everyoneStandings(db, now);
  const all = await rankFrom(db, ask, wanted, { recent, interactions, standings: everyone });
  if (!all) throw new Error('Weighing everyone left someone out.');
  return { ...all, hasPeople };
}

/**
 * The best ideas among these standings, reading in full the people whose ideas could come first; null
 * when someone the standings left out could rank among them too.
 */
async function rankFrom(
  db: IDBPDatabase<TendDB>,
  ask: IdeaAsk,
  wanted: number,
  read: { recent: RecentPast; interactions: Interaction[]; standings: Standings },
): Promise<Omit<BestIdeas, 'hasPeople'> | null> {
  const { now } = ask;
  const { recent, interactions, standings } = read;
  const planned = new Set(
    recent.nudges.flatMap((nudge) => (nudge.outcome === 'planned' && nudge.personId ? [nudge.personId] : [])),
  );
  // A connection the row does not show yet may change what someone is worth either way: steps planned last
  // night and the people in touch lately are read in full, whatever their standing.
  const alwaysRead = new Set([...planned, ...interactions.map((interaction) => interaction.personId)]);
  const noRhythm = standings.entries.filter((entry) => entry.cadenceDays === null).map((entry) => entry.id);
  const nudges = inIndexOrder([
    ...recent.nudges,
    ...olderCards(recent.fortnight, [...new Set([...noRhythm, ...alwaysRead])], now),
  ]);
  const scales = scalesFor({ interactions, nudges, ...ask });
  const timelyOf = groupByPerson(standings.timely);
  const candidates = standings.entries
    .map((entry) => ({ id: entry.id, most: mostWorth(candidateOf(entry), timelyOf.get(entry.id) ?? [], scales) }))
    .filter((candidate) => candidate.most >= MIN_WORTH)
    .sort(byBound);

  const done = new Set<string>();
  let pending = [...new Set([...alwaysRead, ...candidates.slice(0, 4 * wanted).map((candidate) => candidate.id)])];
  const people = new Map<string, Person>();
  const moments: Moment[] = [];
  let ideas: RankedSuggestion[] = [];
  let beat = toBeat(ideas, wanted);
  while (pending.length > 0) {
    await readPeople(db, pending, people, moments);
    for (const id of pending) done.add(id);
    const input: SuggestInput = { people: [...people.values()], moments, interactions, nudges, ...ask };
    ideas = rankIdeas(input);
    beat = toBeat(ideas, wanted);
    pending = candidates.filter((candidate) => !done.has(candidate.id) && couldRank(candidate, beat)).map((c) => c.id);
  }
  if (standings.leftOut && couldRank(standings.leftOut, beat)) return null;
  return { ideas, people };
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
