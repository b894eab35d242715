import type { IDBPDatabase } from 'idb';
import { actionById } from '../actions';
import { type HistoryCursor, type HistoryFilter, historyPage } from '../db/history';
import type { NudgeOutcome, TendDB } from '../db/schema';
import { INVITE_ACTION } from '../nudge-plan';
import { siteLabel } from './insights';

export interface HistoryRow {
  id: string;
  at: number;
  site: string;
  siteName: string;
  passiveMinutes: number;
  personName: string | null;
  action: string;
  outcome: NudgeOutcome;
}

export interface HistoryView {
  rows: HistoryRow[];
  next: HistoryCursor | null;
}

export async function historyView(
  db: IDBPDatabase<TendDB>,
  filter: HistoryFilter,
  cursor: HistoryCursor | null,
  limit: number,
): Promise<HistoryView> {
  const page = await historyPage(db, filter, cursor, limit);
  const names = new Map<string, string>();
  for (const id of new Set(page.rows.map((row) => row.personId).filter((id): id is string => id !== null))) {
    const person = await db.get('people', id);
    if (person) names.set(id, person.name);
  }
  return {
    next: page.next,
    rows: page.rows.map((nudge) => {
      const personName = nudge.personId ? (names.get(nudge.personId) ?? null) : null;
      const action =
        nudge.actionId === INVITE_ACTION
          ? 'Invited you to add people'
          : (actionById(nudge.actionId)?.title({ name: personName ?? 'someone' }) ?? nudge.actionId);
      return {
        id: nudge.id,
        at: nudge.at,
        site: nudge.site,
        siteName: siteLabel(nudge.site),
        passiveMinutes: nudge.passiveMinutes,
        personName,
        action,
        outcome: nudge.outcome,
      };
    }),
  };
}
