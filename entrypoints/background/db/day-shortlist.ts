/**
 * The day's shortlist: the people whose ideas could be worth the most
 * today, kept so that the popup, a card and "Another idea" weigh a few
 * rows instead of everyone who may be due (in a large address book, most
 * of it).
 *
 * What an idea about someone is worth depends on their row, their moments
 * that may ask for something today, and the recent past: cards about them,
 * ideas shown and passed over, the hour, connections. The shortlist weighs
 * everyone with no recent past at all, which can only take worth away —
 * except a connection their row does not show yet, so the engine reads
 * everyone in touch lately in full whatever the shortlist says. Each
 * person's worth so weighed bounds what they can be worth all day.
 *
 * Kept in `meta` beside the roster and the agenda. Every write of a person
 * or a moment forgets it in its own transaction (`forgetShortlist`, called
 * by `putPerson`, `putMoment` and their removals), as does a rebuild of the
 * roster, an import, an update of Tend, and a new day (it holds the day it
 * was made for). It is made in one transaction with the reads it comes
 * from, so no write can fall between them: as the day begins, once a write
 * that forgot it has answered, or else by the first ask that finds none.
 */
import type { IDBPDatabase } from 'idb';
import { MIN_WORTH, mostWorth, scalesFor } from '../../../utils/nudging/suggest';
import { dayKey } from '../../../utils/platform/day';
import type { Moment } from '../../../utils/records/types';
import { timelyMoments } from './agenda';
import { mayBeDue, notDue } from './roster-reads';
import type { RosterEntry, Shortlist, TendDB } from './schema';
import { takeForgotten } from './shortlist-forgotten';

/** How many people the shortlist keeps: enough that a day of cards, each resting someone, rarely exhausts it. */
export const SHORTLIST_SIZE = 100;

/** Someone who may have an idea today, and the most it could be worth. */
export interface Bounded {
  id: string;
  most: number;
}

/** Who the engine weighs: their rows, their moments that may ask for something today, and a bound on everyone else. */
export interface Standings {
  entries: RosterEntry[];
  timely: Moment[];
  /** The first person left out, in the order best bound first (ties by id); null when no one was. */
  leftOut: Bounded | null;
}

/**
 * Makes the day's shortlist now unless it is kept already: at the start of a day, and after a write that
 * forgot it, so that the popup or a card finds it made instead of making it while someone waits.
 */
export async function prepareShortlist(db: IDBPDatabase<TendDB>, now: number): Promise<void> {
  await dayStandings(db, now);
}

let remaking: Promise<void> = Promise.resolve();

/** After a message has answered: makes the shortlist again if the message's write forgot it. */
export function remakeForgottenShortlist(db: () => Promise<IDBPDatabase<TendDB>>, now: number): void {
  if (!takeForgotten()) return;
  remaking = remaking
    .then(async () => prepareShortlist(await db(), now))
    .catch((error: unknown) => console.warn('Tend could not make the day’s shortlist again:', error));
}

/** Settles once the shortlist forgotten by the last write is made again. */
export function shortlistRemade(): Promise<void> {
  return remaking;
}

/** Best bound first, ties by id, as the engine ranks people whose ideas are worth the same. */
export const byBound = (a: Bounded, b: Bounded) => b.most - a.most || a.id.localeCompare(b.id);

/**
 * Everyone who may have an idea today, by the day's shortlist: read whole when it was made for today,
 * else made now from everyone, whom this ask then weighs itself (none left out).
 */
export async function dayStandings(db: IDBPDatabase<TendDB>, now: number): Promise<Standings> {
  const today = dayKey(now);
  const kept = await db.get('meta', 'shortlist');
  if (kept?.id === 'shortlist' && kept.day === today) {
    return { entries: kept.entries, timely: kept.timely, leftOut: kept.leftOut };
  }
  const tx = db.transaction(['roster', 'agenda', 'meta'], 'readwrite');
  const everyone = await everyoneWhoMay(tx.objectStore('roster'), tx.objectStore('agenda'), today);
  try {
    // No one may have an idea: nothing to keep, and nothing to read next time either.
    if (everyone.entries.length > 0) await tx.objectStore('meta').put(shortlistOf(everyone, now));
    await tx.done;
  } catch (error) {
    // A shortlist that could not be kept (a full disk) costs the next ask its reads, and nothing else.
    console.warn('Tend could not keep the day’s shortlist:', error);
  }
  return { ...everyone, leftOut: null };
}

/** Everyone who may have an idea today, read in full: what the shortlist is made from, and what an ask falls back on. */
export async function everyoneStandings(db: IDBPDatabase<TendDB>, now: number): Promise<Standings> {
  const tx = db.transaction(['roster', 'agenda']);
  return { ...(await everyoneWhoMay(tx.objectStore('roster'), tx.objectStore('agenda'), dayKey(now))), leftOut: null };
}

/** Past this many, the rows of people with something timely but not due are read in one request. */
const ROWS_ONE_BY_ONE = 200;

type RosterStore = Parameters<typeof mayBeDue>[0];
type AgendaStore = Parameters<typeof timelyMoments>[0];

/**
 * Everyone due on their rhythm (the roster's `suggestFrom`), and everyone with an open moment that may ask for
 * something today (the agenda). Nobody else can have an everyday or a timely idea today.
 */
async function everyoneWhoMay(roster: RosterStore, agenda: AgendaStore, today: string) {
  const [due, timely] = await Promise.all([mayBeDue(roster, today), timelyMoments(agenda, today)]);
  const entries = new Map(due.map((entry) => [entry.id, entry]));
  const others = [...new Set(timely.map((moment) => moment.personId))].filter((id) => !entries.has(id));
  let rows: (RosterEntry | undefined)[];
  if (others.length > ROWS_ONE_BY_ONE) {
    const wanted = new Set(others);
    rows = (await notDue(roster, today)).filter((entry) => wanted.has(entry.id));
  } else {
    rows = await Promise.all(others.map((id) => roster.get(id)));
  }
  for (const entry of rows) if (entry && !entry.archived) entries.set(entry.id, entry);
  return { entries: [...entries.values()], timely: timely.filter((moment) => entries.has(moment.personId)) };
}

/** The people worth the most with no recent past, and the first left out. */
function shortlistOf({ entries, timely }: { entries: RosterEntry[]; timely: Moment[] }, now: number): Shortlist {
  const noPast = scalesFor({ interactions: [], nudges: [], now, wakingHours: null });
  const timelyOf = groupByPerson(timely);
  const bounded = entries
    .map((entry) => ({ id: entry.id, most: mostWorth(candidateOf(entry), timelyOf.get(entry.id) ?? [], noPast) }))
    .filter((person) => person.most >= MIN_WORTH)
    .sort(byBound);
  const kept = new Set(bounded.slice(0, SHORTLIST_SIZE).map((person) => person.id));
  return {
    id: 'shortlist',
    day: dayKey(now),
    entries: entries.filter((entry) => kept.has(entry.id)),
    timely: timely.filter((moment) => kept.has(moment.personId)),
    leftOut: bounded[SHORTLIST_SIZE] ?? null,
  };
}

export function candidateOf(entry: RosterEntry) {
  return { ...entry, reach: new Set(entry.reach) };
}

export function groupByPerson(moments: readonly Moment[]): Map<string, Moment[]> {
  const byPerson = new Map<string, Moment[]>();
  for (const moment of moments) {
    const theirs = byPerson.get(moment.personId);
    if (theirs) theirs.push(moment);
    else byPerson.set(moment.personId, [moment]);
  }
  return byPerson;
}
