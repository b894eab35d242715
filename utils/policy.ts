/**
 * Whether Tend may show a nudge now: a pure function of the settings and of
 * what the log says happened. The background asks after every report.
 */
import { dayKey } from './day';
import type { Settings } from './settings';

export interface PolicyState {
  now: number;
  site: string;
  /** Passive time in the site's current sitting. */
  sittingPassiveMs: number;
  /** Nudges shown in that sitting so far. */
  nudgesThisSitting: number;
  nudgesToday: number;
  lastNudgeAt: number | null;
  /** A card is on screen (or was, and has not timed out) somewhere. */
  nudgeOnScreen: boolean;
  /** Until when the latest snooze holds, if any. */
  snoozedUntil: number | null;
}

export type Verdict = { nudge: true } | { nudge: false; because: string };

function minuteOfDay(ms: number): number {
  const date = new Date(ms);
  return date.getHours() * 60 + date.getMinutes();
}

function inQuietHours(settings: Settings, now: number): boolean {
  if (!settings.quietHours) return false;
  const { from, to } = settings.quietHours;
  const minute = minuteOfDay(now);
  return from < to ? minute >= from && minute < to : minute >= from || minute < to;
}

export function decide(settings: Settings, state: PolicyState): Verdict {
  const { now } = state;
  if (settings.pausedUntil !== null && now < settings.pausedUntil) return { nudge: false, because: 'paused' };
  if (settings.pausedSites[state.site] === dayKey(now)) return { nudge: false, because: 'paused on this site today' };
  if (inQuietHours(settings, now)) return { nudge: false, because: 'quiet hours' };
  if (state.snoozedUntil !== null && now < state.snoozedUntil) return { nudge: false, because: 'snoozed' };
  if (state.nudgeOnScreen) return { nudge: false, because: 'a nudge is already showing' };
  if (state.nudgesToday >= settings.dailyCap) return { nudge: false, because: 'daily cap reached' };
  if (state.lastNudgeAt !== null && now - state.lastNudgeAt < settings.cooldownMinutes * 60_000) {
    return { nudge: false, because: 'cooling down' };
  }
  // Each full threshold of passive time in a sitting earns one nudge.
  if (state.sittingPassiveMs < settings.thresholdSeconds * 1000 * (state.nudgesThisSitting + 1)) {
    return { nudge: false, because: 'below threshold' };
  }
  return { nudge: true };
}
