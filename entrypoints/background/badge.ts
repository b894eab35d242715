/**
 * The toolbar badge: today's passive minutes, or a pause mark while nudges
 * are paused. Set again whenever either changes, at midnight, and when a
 * pause runs out (alarms wake the worker for those).
 */
import type { IDBPDatabase } from 'idb';
import { browser } from '../../utils/platform/browser';
import { dayKey, startOfNextDay } from '../../utils/platform/day';
import { formatDuration } from '../../utils/platform/format';
import type { Settings } from '../../utils/settings/settings';
import { readDay } from './db/days';
import type { TendDB } from './db/schema';

export const NEW_DAY_ALARM = 'new-day';
export const PAUSE_END_ALARM = 'pause-end';

export const PAUSE_BADGE = '❚❚';

export interface Badge {
  text: string;
  title: string;
}

export function badgeFor(settings: Settings, passiveMsToday: number, now: number): Badge {
  if (settings.pausedUntil !== null && settings.pausedUntil > now) {
    const until = new Date(settings.pausedUntil).toLocaleTimeString(undefined, { hour: 'numeric', minute: '2-digit' });
    return { text: PAUSE_BADGE, title: `Tend: nudges paused until ${until}` };
  }
  const minutes = Math.floor(passiveMsToday / 60_000);
  return {
    text: minutes > 0 ? String(Math.min(minutes, 999)) : '',
    title: `Tend: ${formatDuration(passiveMsToday)} of passive scrolling today`,
  };
}

let shown: string | null = null;

/** Reads today's totals for the badge: on its own schedule, when nothing has just counted them. */
export async function updateBadge(db: IDBPDatabase<TendDB>, settings: Settings, now: number): Promise<void> {
  const passiveMs = (await readDay(db, dayKey(now))).reduce((sum, total) => sum + total.passiveMs, 0);
  await showBadge(settings, passiveMs, now);
}

/** Sets the badge from today's passive time as the caller just counted it; the browser is told only of a change. */
export async function showBadge(settings: Settings, passiveMs: number, now: number): Promise<void> {
  const badge = badgeFor(settings, passiveMs, now);
  if (`${badge.text}|${badge.title}` === shown) return;
  await browser.action.setBadgeBackgroundColor({ color: '#2f6f4f' });
  await browser.action.setBadgeText({ text: badge.text });
  await browser.action.setTitle({ title: badge.title });
  shown = `${badge.text}|${badge.title}`;
}

/** Wakes the worker to set the badge again at midnight and when a pause runs out. */
export async function scheduleBadge(settings: Settings, now: number): Promise<void> {
  await browser.alarms.create(NEW_DAY_ALARM, { when: startOfNextDay(now) + 1_000 });
  if (settings.pausedUntil !== null && settings.pausedUntil > now) {
    await browser.alarms.create(PAUSE_END_ALARM, { when: settings.pausedUntil + 1_000 });
  }
}
