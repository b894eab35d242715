import { describe, expect, it } from 'vitest';
import { badgeFor, PAUSE_BADGE } from '../../entrypoints/background/badge';
import { dailySeries, drifting, lastDays, minutesBySite, streaks } from '../../utils/insights/figures';
import type { DayTotal } from '../../utils/records/types';
import { DEFAULT_SETTINGS } from '../../utils/settings/settings';
import { DAY, NOW, person } from './fixtures';

const total = (day: string, site: string, minutes: number, connections = 0, nudges = 0): DayTotal => ({
  day,
  site,
  passiveMs: minutes * 60_000,
  connections,
  nudges,
});

describe('insights', () => {
  it('lists the last days, oldest first, ending today', () => {
    expect(lastDays(NOW, 3)).toEqual(['2026-11-22', '2026-11-23', '2026-11-24']);
    expect(lastDays(new Date(2026, 2, 1, 9).getTime(), 2)).toEqual(['2026-02-28', '2026-03-01']);
  });

  it('sums every site into one point per day, with zero days kept', () => {
    const series = dailySeries(
      [total('2026-11-22', 'x', 10, 1, 1), total('2026-11-22', 'reddit', 5), total('2026-11-24', 'other', 0, 2)],
      ['2026-11-22', '2026-11-23', '2026-11-24'],
    );
    expect(series).toEqual([
      { day: '2026-11-22', passiveMs: 900_000, connections: 1, nudges: 1 },
      { day: '2026-11-23', passiveMs: 0, connections: 0, nudges: 0 },
      { day: '2026-11-24', passiveMs: 0, connections: 2, nudges: 0 },
    ]);
  });

  it('ranks sites by passive time and leaves out those with none', () => {
    expect(
      minutesBySite([total('d', 'x', 3), total('e', 'reddit', 5), total('f', 'x', 4), total('f', 'other', 0, 3)]),
    ).toEqual([
      { site: 'x', passiveMs: 420_000 },
      { site: 'reddit', passiveMs: 300_000 },
    ]);
  });

  it('finds who is drifting: past their cadence, most overdue first, not archived', () => {
    const people = [
      person('ana', { cadenceDays: 7, lastContactAt: NOW - 10 * DAY }),
      person('ben', { cadenceDays: 7, lastContactAt: NOW - 30 * DAY }),
      person('cy', { cadenceDays: 30, lastContactAt: NOW - 10 * DAY }),
      person('dee', { cadenceDays: 7, lastContactAt: NOW - 60 * DAY, archived: true }),
      person('eve', { cadenceDays: null, lastContactAt: NOW - 90 * DAY }),
    ];
    expect(drifting(people, NOW).map((d) => [d.name, d.overdueDays])).toEqual([
      ['Ben', 23],
      ['Ana', 3],
    ]);
  });

  it('counts streaks of days with a connection, not broken by a today still to come', () => {
    const point = (connections: number) => ({ day: '', passiveMs: 0, nudges: 0, connections });
    expect(streaks([1, 1, 0, 1, 1, 1, 0].map(point))).toEqual({ current: 3, longest: 3 });
    expect(streaks([1, 1, 1, 1, 0, 1, 1].map(point))).toEqual({ current: 2, longest: 4 });
    expect(streaks([0, 0, 1, 0, 0].map(point))).toEqual({ current: 0, longest: 1 });
  });

  it('shows today’s minutes on the badge, or a pause mark while paused', () => {
    expect(badgeFor(DEFAULT_SETTINGS, 23 * 60_000 + 59_000, NOW)).toMatchObject({ text: '23' });
    // Under a minute the badge stays empty, and its title says how long rather than "0 min".
    expect(badgeFor(DEFAULT_SETTINGS, 30_000, NOW)).toEqual({
      text: '',
      title: 'Tend: 30 s of passive scrolling today',
    });
    expect(badgeFor({ ...DEFAULT_SETTINGS, pausedUntil: NOW + 60_000 }, 23 * 60_000, NOW)).toMatchObject({
      text: PAUSE_BADGE,
      title: expect.stringContaining('paused until'),
    });
    expect(badgeFor({ ...DEFAULT_SETTINGS, pausedUntil: NOW - 1 }, 61 * 60_000, NOW).text).toBe('61');
  });
});
