import { describe, expect, it } from 'vitest';
import { dayKey } from '../../utils/day';
import { decide, type PolicyState } from '../../utils/policy';
import { DEFAULT_SETTINGS, type Settings } from '../../utils/settings';
import { NOW } from './fixtures';

const due: PolicyState = {
  now: NOW,
  site: 'instagram',
  sittingPassiveMs: 11 * 60_000,
  nudgesThisSitting: 0,
  nudgesToday: 0,
  lastNudgeAt: null,
  nudgeOnScreen: false,
  snoozedUntil: null,
};

const settings = (fields: Partial<Settings> = {}): Settings => ({ ...DEFAULT_SETTINGS, ...fields });

describe('when Tend may nudge', () => {
  it('nudges once a sitting passes the threshold', () => {
    expect(decide(settings(), due)).toEqual({ nudge: true });
    expect(decide(settings(), { ...due, sittingPassiveMs: 9 * 60_000 })).toEqual({
      nudge: false,
      because: 'below threshold',
    });
  });

  it('needs another full threshold for a second nudge in the same sitting', () => {
    expect(decide(settings(), { ...due, nudgesThisSitting: 1, lastNudgeAt: NOW - 3_600_000 }).nudge).toBe(false);
    expect(
      decide(settings(), { ...due, sittingPassiveMs: 21 * 60_000, nudgesThisSitting: 1, lastNudgeAt: NOW - 3_600_000 }),
    ).toEqual({ nudge: true });
  });

  it.each([
    ['a nudge is already showing', { nudgeOnScreen: true }, {}],
    ['cooling down', { lastNudgeAt: NOW - 5 * 60_000 }, {}],
    ['daily cap reached', { nudgesToday: 4 }, {}],
    ['snoozed', { snoozedUntil: NOW + 60_000 }, {}],
    ['paused', {}, { pausedUntil: NOW + 60_000 }],
    ['paused on this site today', {}, { pausedSites: { instagram: dayKey(NOW) } }],
    ['quiet hours', {}, { quietHours: { from: 14 * 60, to: 15 * 60 } }],
  ] as const)('holds back when %s', (because, state, fields) => {
    expect(decide(settings(fields), { ...due, ...state })).toEqual({ nudge: false, because });
  });

  it('lets snoozes, pauses and cooldowns run out', () => {
    expect(
      decide(settings({ pausedUntil: NOW - 1 }), { ...due, snoozedUntil: NOW - 1, lastNudgeAt: NOW - 21 * 60_000 }),
    ).toEqual({
      nudge: true,
    });
    expect(decide(settings({ pausedSites: { instagram: '2026-11-23' } }), due)).toEqual({ nudge: true });
    expect(decide(settings({ pausedSites: { reddit: dayKey(NOW) } }), due)).toEqual({ nudge: true });
  });

  it('understands quiet hours across midnight', () => {
    const overnight = settings({ quietHours: { from: 22 * 60, to: 7 * 60 } });
    expect(decide(overnight, { ...due, now: new Date(2026, 10, 24, 23, 30).getTime() }).nudge).toBe(false);
    expect(decide(overnight, { ...due, now: new Date(2026, 10, 24, 6, 59).getTime() }).nudge).toBe(false);
    expect(decide(overnight, { ...due, now: new Date(2026, 10, 24, 7, 0).getTime() }).nudge).toBe(true);
  });
});
