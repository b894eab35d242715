import type { IDBPDatabase } from 'idb';
import type { HistoryCursor, HistoryFilter } from '../../utils/insights/history-filter';
import { actionById } from '../../utils/nudging/actions';
import { INVITE_ACTION } from '../../utils/nudging/plan';
import type { HistoryView } from '../../utils/protocol/results';
import { siteLabel } from '../../utils/sites/label';
import { historyPage } from './db/history-page';
import type { TendDB } from './db/schema';

export async function historyView(
  db: IDBPDatabase<TendDB>,
  filter: HistoryFilter,
  cursor: HistoryCursor | null,
  limit: number,
): Promise<HistoryView> {
  const page = await historyPage(db, filter, cursor, limit);
  // Each person named on the page once, from their roster row, all in one transaction.
  const roster = db.transaction('roster').store;
  const ids = [...new Set(page.rows.flatMap((row) => (row.personId === null ? [] : [row.personId])))];
  const names = new Map<string, string>();
  for (const entry of await Promise.all(ids.map((id) => roster.get(id)))) {
    if (entry) names.set(entry.id, entry.name);
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
