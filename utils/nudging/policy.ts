/**
 * Whether Tend may show a nudge now: a pure function of the settings, the
 * time and what the log says happened. The rules that need only the
 * settings, the hour and the sitting (`holdWithoutHistory`) come first, so
 * the background reads no history when one of them already says no.
 */
import { dayKey, startOfNextDay } from '../platform/day';
import { type HourWindow, inWindow, nextLocalTime, previousLocalTime } from '../platform/hour-window';
import type { Settings } from '../settings/settings';

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
  /** When the latest late-night card was shown, if any. */
  lastNightCardAt: number | null;
}

/** The snoozes a card offers, in minutes. */
export const SNOOZE_MINUTES = [15, 60] as const;
export const LONGEST_SNOOZE_MS = Math.max(...SNOOZE_MINUTES) * 60_000;

export type Hold =
  | 'paused'
  | 'paused on this site today'
  | 'quiet hours'
  | 'outside waking hours'
  | 'below threshold'
  | 'snoozed'
  | 'a nudge is already showing'
  | 'daily cap reached'
  | 'cooling down';

/** Why not, and until when the reason holds, when that is known in advance. */
export type Verdict = { nudge: true } | { nudge: false; because: Hold; until: number | null };

const hold = (because: Hold, until: number | null = null): Verdict => ({ nudge: false, because, until });

/** Why Tend suggests no one now, and when it will again. */
export interface Resting {
  because: 'outside waking hours';
  wakingHours: HourWindow;
  until: number;
}

/** Outside the user's waking hours, reaching out would be unkind; null when the hour is fine. */
export function outsideWakingHours(settings: Settings, now: number): Resting | null {
  const waking = settings.wakingHours;
  if (waking === null || inWindow(waking, now)) return null;
  return { because: 'outside waking hours', wakingHours: waking, until: nextLocalTime(waking.from, now) };
}

/**
 * The first instant of the night holding `now` (when the waking hours last ended); null while awake.
 * At most one late-night card comes in a night.
 */
export function nightStart(settings: Settings, now: number): number | null {
  const asleep = outsideWakingHours(settings, now);
  return asleep ? previousLocalTime(asleep.wakingHours.to, now) : null;
}

/** The rules that need no history: pauses, quiet hours, and the sitting's first threshold. */
export function holdWithoutHistory(
  settings: Settings,
  where: { now: number; site: string; sittingPassiveMs: number },
): Verdict | null {
  const { now } = where;
  if (settings.pausedUntil !== null && now < settings.pausedUntil) return hold('paused', settings.pausedUntil);
  if (settings.pausedSites[where.site] === dayKey(now)) return hold('paused on this site today', startOfNextDay(now));
  if (settings.quietHours && inWindow(settings.quietHours, now)) {
    return hold('quiet hours', nextLocalTime(settings.quietHours.to, now));
  }
  if (where.sittingPassiveMs < settings.thresholdSeconds * 1000) return hold('below threshold');
  return null;
}

export function decide(settings: Settings, state: PolicyState): Verdict {
  const { now } = state;
  const early = holdWithoutHistory(settings, state);
  if (early) return early;
  if (state.snoozedUntil !== null && now < state.snoozedUntil) return hold('snoozed', state.snoozedUntil);
  if (state.nudgeOnScreen) return hold('a nudge is already showing');
  if (state.nudgesToday >= settings.dailyCap) return hold('daily cap reached', startOfNextDay(now));
  if (state.lastNudgeAt !== null && now - state.lastNudgeAt < settings.cooldownMinutes * 60_000) {
    return hold('cooling down', state.lastNudgeAt + settings.cooldownMinutes * 60_000);
  }
  // Each full threshold of passive time in a sitting earns one nudge.
  if (state.sittingPassiveMs < settings.thresholdSeconds * 1000 * (state.nudgesThisSitting + 1)) {
    return hold('below threshold');
  }
  // Late at night a card offers to plan for the morning instead of reaching out now; once a night is enough.
  const night = nightStart(settings, now);
  if (night !== null && state.lastNightCardAt !== null && state.lastNightCardAt >= night) {
    return hold('outside waking hours', nextLocalTime(settings.wakingHours?.from ?? 0, now));
  }
  return { nudge: true };
}
