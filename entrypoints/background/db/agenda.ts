/**
 * The agenda: each open moment by the dates on which it may ask for
 * something, kept beside the moment in the same transaction by the only
 * functions that write moments here. A resolved moment asks for nothing
 * and has no entry. Its dates are the ones the user typed, so, unlike the
 * roster, it does not depend on the time zone.
 */
import {
  DATE_WINDOW,
  FOLLOW_UP_STALE_DAYS,
  FRESH_MILESTONE_DAYS,
  KIND_WORD_DAYS,
} from '../../../utils/nudging/moment-ideas';
import { addDays } from '../../../utils/platform/day';
import type { Moment } from '../../../utils/records/types';
import type { AgendaEntry } from './schema';
import { forgetShortlist, type ShortlistStore } from './shortlist-forgotten';

/** The moment's entry, or null when it asks for nothing ever again. */
export function agendaEntry(moment: Moment): AgendaEntry | null {
  if (moment.resolved) return null;
  const { followUpOn } = moment;
  return {
    id: moment.id,
    personId: moment.personId,
    kind: moment.kind,
    sharedOn: moment.sharedOn,
    ...(followUpOn === null ? {} : { followUpOn }),
    ...(followUpOn !== null && moment.kind === 'goal' ? { goalCheck: followUpOn } : {}),
    ...(followUpOn !== null && moment.kind === 'date' ? { monthDay: followUpOn.slice(5) } : {}),
  };
}

/** The stores a transaction that writes moments holds; structural, so any transaction over them will do. */
export interface MomentStores {
  moments: { put(value: Moment): Promise<unknown>; delete(key: string): Promise<unknown> };
  agenda: { put(value: AgendaEntry): Promise<unknown>; delete(key: string): Promise<unknown> };
  meta: ShortlistStore;
}

export async function putMoment(stores: MomentStores, moment: Moment): Promise<void> {
  await stores.moments.put(moment);
  await forgetShortlist(stores.meta);
  const entry = agendaEntry(moment);
  if (entry) await stores.agenda.put(entry);
  else await stores.agenda.delete(moment.id);
}

export async function removeMoment(stores: MomentStores, id: string): Promise<void> {
  await stores.moments.delete(id);
  await stores.agenda.delete(id);
  await forgetShortlist(stores.meta);
}

/** What finding timely moments reads of the agenda: structural, so any transaction's store will do. */
export interface AgendaReader {
  index(name: 'by-follow-up' | 'by-goal-check' | 'by-shared' | 'by-month-day'): {
    getAll(query: IDBKeyRange): Promise<AgendaEntry[]>;
  };
}

/** The ranges of month-days (MM-DD) a yearly date may fall on to ask for something today: a week behind to 3 days ahead. */
function monthDaysNear(today: string): IDBKeyRange[] {
  const from = addDays(today, -DATE_WINDOW.after).slice(5);
  // 29 February falls on the 28th in other years: a window that ends on the 28th takes the 29th too.
  const to = addDays(today, DATE_WINDOW.before).slice(5).replace('02-28', '02-29');
  return from <= to
    ? [IDBKeyRange.bound(from, to)]
    : [IDBKeyRange.bound(from, '12-31'), IDBKeyRange.bound('01-01', to)];
}

/**
 * Every open moment that may ask for something timely today (see
 * `utils/nudging/moment-ideas.ts`), and perhaps a few that will not: a
 * follow-up date that came in the last three weeks, a goal's check date
 * that came, anything shared in the last three weeks or dated ahead (a
 * hard thing, a fresh milestone), and a yearly date near today. Each as
 * the engine weighs it, without its words, which only a card shows.
 */
export async function timelyMoments(agenda: AgendaReader, today: string): Promise<Moment[]> {
  const followedUp = IDBKeyRange.bound(addDays(today, -FOLLOW_UP_STALE_DAYS), today);
  const shared = IDBKeyRange.lowerBound(addDays(today, -Math.max(KIND_WORD_DAYS, FRESH_MILESTONE_DAYS)));
  const lists = await Promise.all([
    agenda.index('by-follow-up').getAll(followedUp),
    agenda.index('by-goal-check').getAll(IDBKeyRange.upperBound(today)),
    agenda.index('by-shared').getAll(shared),
    ...monthDaysNear(today).map((range) => agenda.index('by-month-day').getAll(range)),
  ]);
  const entries = new Map(lists.flat().map((entry) => [entry.id, entry]));
  return [...entries.values()].map((entry) => ({
    id: entry.id,
    personId: entry.personId,
    kind: entry.kind,
    text: '',
    sharedOn: entry.sharedOn,
    followUpOn: entry.followUpOn ?? null,
    resolved: false,
    createdAt: 0,
    updatedAt: 0,
  }));
}
