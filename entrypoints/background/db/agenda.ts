/**
 * The agenda: each open moment by the dates on which it may ask for
 * something, kept beside the moment in the same transaction by the only
 * functions that write moments here. A resolved moment asks for nothing
 * and has no entry. Its dates are the ones the user typed, so, unlike the
 * roster, it does not depend on the time zone.
 */
import type { IDBPDatabase } from 'idb';
import {
  DATE_WINDOW,
  FOLLOW_UP_STALE_DAYS,
  FRESH_MILESTONE_DAYS,
  KIND_WORD_DAYS,
} from '../../../utils/nudging/moment-ideas';
import { addDays } from '../../../utils/platform/day';
import type { Moment } from '../../../utils/records/types';
import type { AgendaEntry, TendDB } from './schema';

/** The moment's entry, or null when it asks for nothing ever again. */
export function agendaEntry(moment: Moment): AgendaEntry | null {
  if (moment.resolved) return null;
  const { followUpOn } = moment;
  return {
    id: moment.id,
    personId: moment.personId,
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
}

export async function putMoment(stores: MomentStores, moment: Moment): Promise<void> {
  await stores.moments.put(moment);
  const entry = agendaEntry(moment);
  if (entry) await stores.agenda.put(entry);
  else await stores.agenda.delete(moment.id);
}

export async function removeMoment(stores: MomentStores, id: string): Promise<void> {
  await stores.moments.delete(id);
  await stores.agenda.delete(id);
}

/** The month-days a yearly date may fall on to ask for something today: from a week behind to 3 days ahead. */
function monthDaysNear(today: string): string[] {
  const days = new Set<string>();
  for (let offset = -DATE_WINDOW.after; offset <= DATE_WINDOW.before; offset++) {
    days.add(addDays(today, offset).slice(5));
  }
  // 29 February falls on the 28th in other years.
  if (days.has('02-28')) days.add('02-29');
  return [...days];
}

/**
 * The ids of every open moment that may ask for something timely today
 * (see `utils/nudging/moment-ideas.ts`), and perhaps a few that will not:
 * a follow-up date that came in the last three weeks, a goal's check date
 * that came, anything shared in the last three weeks or dated ahead (a
 * hard thing, a fresh milestone), and a yearly date near today. The engine
 * decides about each.
 */
export async function timelyMomentIds(db: IDBPDatabase<TendDB>, today: string): Promise<Set<string>> {
  const agenda = db.transaction('agenda').store;
  const followedUp = IDBKeyRange.bound(addDays(today, -FOLLOW_UP_STALE_DAYS), today);
  const shared = IDBKeyRange.lowerBound(addDays(today, -Math.max(KIND_WORD_DAYS, FRESH_MILESTONE_DAYS)));
  const lists = await Promise.all([
    agenda.index('by-follow-up').getAllKeys(followedUp),
    agenda.index('by-goal-check').getAllKeys(IDBKeyRange.upperBound(today)),
    agenda.index('by-shared').getAllKeys(shared),
    ...monthDaysNear(today).map((monthDay) => agenda.index('by-month-day').getAllKeys(monthDay)),
  ]);
  return new Set(lists.flat());
}
