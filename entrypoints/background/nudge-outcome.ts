/**
 * How a nudge ends, whoever ends it: the card's buttons (card-actions.ts), or
 * time and a closed tab (nudge-lifecycle.ts). Kept apart so that both settle
 * a nudge the same way, and so that a decided nudge never keeps the alarm
 * that would later record it as ignored.
 */
import type { IDBPDatabase } from 'idb';
import { browser } from '../../utils/platform/browser';
import type { NudgeRecord } from '../../utils/records/types';
import { saveNudge } from './db/recent-cards';
import type { TendDB } from './db/schema';
import { forgetNudges } from './policy-memory';

export const EXPIRY_ALARM_PREFIX = 'nudge-expire:';
const expiryAlarm = (nudgeId: string) => `${EXPIRY_ALARM_PREFIX}${nudgeId}`;

/** Sets the alarm that records a card nobody answered by `when` as ignored. */
export async function startExpiry(nudgeId: string, when: number): Promise<void> {
  await browser.alarms.create(expiryAlarm(nudgeId), { when });
}

/** The nudge as it stands once its outcome is decided: written by `settle`, or in a caller's own transaction. */
export function settled(
  nudge: NudgeRecord,
  outcome: NudgeRecord['outcome'],
  now: number,
  extra: Partial<NudgeRecord> = {},
): NudgeRecord {
  return { ...nudge, ...extra, outcome, decidedAt: now };
}

export async function stopExpiry(nudgeId: string): Promise<void> {
  await browser.alarms.clear(expiryAlarm(nudgeId));
}

export async function settle(
  db: IDBPDatabase<TendDB>,
  nudge: NudgeRecord,
  outcome: NudgeRecord['outcome'],
  now: number,
  extra: Partial<NudgeRecord> = {},
): Promise<NudgeRecord> {
  const next = settled(nudge, outcome, now, extra);
  await saveNudge(db, next);
  forgetNudges();
  await stopExpiry(nudge.id);
  return next;
}

/** Takes the card down in its tab; the tab may have closed or navigated meanwhile. */
export async function closeCard(nudge: NudgeRecord): Promise<void> {
  if (nudge.tabId === null) return;
  try {
    await browser.tabs.sendMessage(nudge.tabId, { type: 'nudge/close', nudgeId: nudge.id });
  } catch {
    // No content script there any more: nothing to take down.
  }
}
