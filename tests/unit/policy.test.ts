import { describe, expect, it } from 'vitest';
import { decide, holdWithoutHistory, nightStart, type PolicyState } from '../../utils/nudging/policy';
import { dayKey } from '../../utils/platform/day';
import { DEFAULT_SETTINGS, type Settings } from '../../utils/settings/settings';
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
  lastNightCardAt: null,
};

const settings = (fields: Partial<Settings> = {}): Settings => ({ ...DEFAULT_SETTINGS, ...fields });

describe('when Tend may nudge', () => {
  it('nudges once a sitting passes the threshold', () => {
    expect(decide(settings(), due)).toEqual({ nudge: true });
    expect(decide(settings(), { ...due, sittingPassiveMs: 9 * 60_000 })).toEqual({
      nudge: false,
      because: 'below threshold',
      until: null,
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
    expect(decide(settings(fields), { ...due, ...state })).toMatchObject({ nudge: false, because });
    // The same moment without the hold nudges: the hold, not something else, said no.
    expect(decide(settings(), due)).toEqual({ nudge: true });
  });

  it('says until when a hold lasts', () => {
    const at = (hour: number, minute = 0, dayOffset = 0) => new Date(2026, 10, 24 + dayOffset, hour, minute).getTime();
    expect(decide(settings({ pausedUntil: NOW + 60_000 }), due)).toMatchObject({ until: NOW + 60_000 });
    expect(decide(settings({ quietHours: { from: 14 * 60, to: 15 * 60 } }), due)).toMatchObject({ until: at(15) });
    expect(decide(settings(), { ...due, nudgesToday: 4 })).toMatchObject({ until: at(0, 0, 1) });
    expect(decide(settings(), { ...due, lastNudgeAt: NOW - 5 * 60_000 })).toMatchObject({ until: NOW + 15 * 60_000 });
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

  it.each([
    ['late in the evening', new Date(2026, 10, 24, 23, 30), new Date(2026, 10, 25, 7, 0)],
    ['in the small hours', new Date(2026, 10, 25, 3, 0), new Date(2026, 10, 25, 7, 0)],
    ['just before waking', new Date(2026, 10, 25, 6, 59), new Date(2026, 10, 25, 7, 0)],
  ])('outside waking hours, %s, offers one late-night card, then holds until morning', (_when, now, until) => {
    const tonight = new Date(2026, 10, 24, 23, 5).getTime();
    expect(decide(settings(), { ...due, now: now.getTime() })).toEqual({ nudge: true });
    expect(holdWithoutHistory(settings(), { ...due, now: now.getTime() })).toBeNull();
    const offered = { ...due, now: now.getTime(), lastNudgeAt: tonight, lastNightCardAt: tonight };
    expect(decide(settings(), offered)).toEqual({
      nudge: false,
      because: 'outside waking hours',
      until: until.getTime(),
    });
    // Last night's card does not count for tonight.
    const lastNight = new Date(2026, 10, 23, 23, 30).getTime();
    expect(decide(settings(), { ...due, now: now.getTime(), lastNightCardAt: lastNight })).toEqual({ nudge: true });
    // With waking hours off there is no night.
    expect(decide(settings({ wakingHours: null }), offered)).toEqual({ nudge: true });
  });

  it('knows the night from the first minute after waking hours to the last before them', () => {
    const at = (day: number, hours: number, minutes = 0) => new Date(2026, 10, day, hours, minutes).getTime();
    expect(nightStart(settings(), at(25, 7))).toBeNull();
    expect(nightStart(settings(), at(25, 22, 59))).toBeNull();
    expect(nightStart(settings(), at(25, 23))).toBe(at(25, 23));
    expect(nightStart(settings(), at(26, 6, 59))).toBe(at(25, 23));
    const nightOwl = settings({ wakingHours: { from: 10 * 60, to: 2 * 60 } });
    expect(nightStart(nightOwl, at(25, 1, 30))).toBeNull();
    expect(nightStart(nightOwl, at(25, 9))).toBe(at(25, 2));
  });

  it('decides the history-free rules first, so no history is needed to say no', () => {
    expect(holdWithoutHistory(settings({ pausedUntil: NOW + 1 }), due)).toMatchObject({ because: 'paused' });
    expect(holdWithoutHistory(settings(), { ...due, sittingPassiveMs: 60_000 })).toMatchObject({
      because: 'below threshold',
    });
    expect(holdWithoutHistory(settings(), due)).toBeNull();
  });

  it('understands quiet hours across midnight', () => {
    const overnight = settings({ quietHours: { from: 22 * 60, to: 7 * 60 } });
    expect(decide(overnight, { ...due, now: new Date(2026, 10, 24, 23, 30).getTime() }).nudge).toBe(false);
    expect(decide(overnight, { ...due, now: new Date(2026, 10, 24, 6, 59).getTime() }).nudge).toBe(false);
    expect(decide(overnight, { ...due, now: new Date(2026, 10, 24, 7, 0).getTime() }).nudge).toBe(true);
  });
});
