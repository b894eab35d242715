/**
 * Calendar correctness in whatever zone the process runs in (the suite is
 * run under UTC, Europe/Berlin, Pacific/Kiritimati, Pacific/Tongatapu,
 * Asia/Kolkata and America/New_York). Instants are built from local wall
 * time; the days clocks change on are found by scanning 2026, and where the
 * zone has none, the same tests pin the 24-hour behaviour instead.
 *
 * Long on purpose: one file holds every calendar rule, so a zone's odd day is
 * checked against all of them.
 */
import { IDBFactory } from 'fake-indexeddb';
import { beforeEach, describe, expect, it } from 'vitest';
import { passiveMsByDay } from '../../entrypoints/background/db/days';
import { historyPage } from '../../entrypoints/background/db/history-page';
import { openTendDB } from '../../entrypoints/background/db/open';
import { recordPassiveTime } from '../../entrypoints/background/db/passive-time';
import { pruneHistory } from '../../entrypoints/background/db/prune';
import { insights } from '../../entrypoints/background/insights-view';
import { dailySeries, lastDays } from '../../utils/insights/figures';
import { dateBounds } from '../../utils/insights/history-filter';
import { standing, standingLabel } from '../../utils/people/order';
import {
  addDays,
  dayKey,
  daysBetween,
  endOfDayKey,
  isDayKey,
  startOfDay,
  startOfDayKey,
  startOfNextDay,
  weekdayOf,
} from '../../utils/platform/day';
import { relativeDay } from '../../utils/platform/relative-day';
import { ValidationError } from '../../utils/platform/validate';
import { localDay } from '../../utils/records/inputs';
import { DEFAULT_SETTINGS } from '../../utils/settings/settings';
import { nudge, person } from './fixtures';

const MINUTE = 60_000;
const HOUR = 3_600_000;
const ZONE = Intl.DateTimeFormat().resolvedOptions().timeZone;

/** A mid-May day: no zone under test changes its clocks near it. */
const ORDINARY = '2026-05-14';

/** The instant a local wall clock shows `hour:minute` on `key`. */
function at(key: string, hour: number, minute = 0, second = 0, ms = 0): number {
  const [year, month, date] = key.split('-').map(Number);
  return new Date(year ?? 0, (month ?? 1) - 1, date ?? 1, hour, minute, second, ms).getTime();
}

/**
 * Minutes local time moves ahead of UTC over `key`, from just before it
 * begins to its last moment, read from the Date API rather than from the
 * helpers under test. The day lasts 24 hours less that.
 */
function offsetChangeMinutes(key: string): number {
  const before = new Date(at(key, 0, 0) - 1).getTimezoneOffset();
  const atEnd = new Date(at(addDays(key, 1), 0, 0) - 1).getTimezoneOffset();
  return before - atEnd;
}

function hoursIn(key: string): number {
  return 24 - offsetChangeMinutes(key) / 60;
}

function datesOf(year: number): string[] {
  const first = `${year}-01-01`;
  return Array.from({ length: daysBetween(first, `${year + 1}-01-01`) }, (_, i) => addDays(first, i));
}

/** The days of 2026 this zone's clocks go forward and back on, when it has them. */
function clockChanges(): { forward: string | undefined; back: string | undefined } {
  const dates = datesOf(2026);
  return {
    forward: dates.find((key) => offsetChangeMinutes(key) > 0),
    back: dates.find((key) => offsetChangeMinutes(key) < 0),
  };
}

const { forward, back } = clockChanges();

/** Each kind of day a test should hold on: the clock-change days where the zone has them, else an ordinary one. */
const SHORT_DAY = { label: 'the day clocks go forward', key: forward ?? ORDINARY, hours: hoursIn(forward ?? ORDINARY) };
const LONG_DAY = { label: 'the day clocks go back', key: back ?? ORDINARY, hours: hoursIn(back ?? ORDINARY) };

/** Zones whose 2026 clock changes are known, to check the scan itself finds them. */
const KNOWN_CHANGES: Record<string, { forward: string | undefined; back: string | undefined }> = {
  UTC: { forward: undefined, back: undefined },
  'Etc/UTC': { forward: undefined, back: undefined },
  'Europe/Berlin': { forward: '2026-03-29', back: '2026-10-25' },
  'America/New_York': { forward: '2026-03-08', back: '2026-11-01' },
  'Pacific/Kiritimati': { forward: undefined, back: undefined },
  'Pacific/Tongatapu': { forward: undefined, back: undefined },
  'Asia/Kolkata': { forward: undefined, back: undefined },
  'Asia/Calcutta': { forward: undefined, back: undefined },
};

beforeEach(() => {
  globalThis.indexedDB = new IDBFactory();
});

describe('day keys', () => {
  it('puts 23:59:59.999 on its own date and 00:00 on the next', () => {
    expect(dayKey(at('2026-05-14', 23, 59, 59, 999))).toBe('2026-05-14');
    expect(dayKey(at('2026-05-15', 0, 0))).toBe('2026-05-15');
    expect(dayKey(at('2026-12-31', 23, 59, 59, 999))).toBe('2026-12-31');
    expect(dayKey(at('2026-12-31', 23, 59, 59, 999) + 1)).toBe('2027-01-01');
  });

  it('steps through dates over month, year and leap-day ends', () => {
    expect(addDays('2026-02-28', 1)).toBe('2026-03-01');
    expect(addDays('2028-02-28', 1)).toBe('2028-02-29');
    expect(addDays('2026-12-31', 1)).toBe('2027-01-01');
    expect(addDays('2027-01-01', -1)).toBe('2026-12-31');
    expect(addDays('2026-05-14', 0)).toBe('2026-05-14');
  });

  it('knows which dates the calendar has, and the validator refuses the others', () => {
    expect(isDayKey('2028-02-29')).toBe(true);
    expect(isDayKey('2026-02-29')).toBe(false);
    expect(isDayKey('2026-04-31')).toBe(false);
    expect(isDayKey('2026-5-14')).toBe(false);
    expect(isDayKey('')).toBe(false);
    expect(localDay('2026-05-14', 'day')).toBe('2026-05-14');
    expect(() => localDay('2026-02-30', 'day')).toThrow(ValidationError);
  });
});

describe('the bounds of a local day', () => {
  it('finds the clock changes of 2026 where this zone has them', () => {
    const known = KNOWN_CHANGES[ZONE];
    if (known?.forward) expect([SHORT_DAY.hours, LONG_DAY.hours]).toEqual([23, 25]);
    if (known) expect({ forward, back }).toEqual(known);
    const offsets = new Set(datesOf(2026).map((key) => new Date(at(key, 12, 0)).getTimezoneOffset()));
    // A zone whose offset changes in the year has a forward and a back day; one whose offset holds has neither.
    expect(forward === undefined && back === undefined).toBe(offsets.size === 1);
  });

  it('gives every day of 2026 its first and last moment, 24 hours plus the clock change apart', () => {
    for (const key of datesOf(2026)) {
      const start = startOfDayKey(key);
      const next = startOfDayKey(addDays(key, 1));
      expect(dayKey(start), key).toBe(key);
      expect(dayKey(start - 1), key).toBe(addDays(key, -1));
      expect(dayKey(next - 1), key).toBe(key);
      expect(endOfDayKey(key), key).toBe(next - 1);
      expect(next - start, key).toBe(24 * HOUR - offsetChangeMinutes(key) * MINUTE);
    }
  });

  it('makes every day 24 hours long but the clock-change days', () => {
    const lengths = new Set(datesOf(2026).map((key) => startOfDayKey(addDays(key, 1)) - startOfDayKey(key)));
    const expected = forward || back ? [SHORT_DAY.hours, 24, LONG_DAY.hours] : [24];
    expect([...lengths].sort((a, b) => a - b)).toEqual(expected.map((hours) => hours * HOUR));
  });

  it.each([
    ['an ordinary day', { key: ORDINARY, hours: 24 }],
    [SHORT_DAY.label, SHORT_DAY],
    [LONG_DAY.label, LONG_DAY],
  ])('bounds %s from any moment in it', (_label, { key, hours }) => {
    const morning = at(key, 0, 0);
    // Not at(key, 23, 59, …): where clocks go back at midnight, 23:59 comes twice.
    const late = at(addDays(key, 1), 0, 0) - 1;
    expect(startOfDay(late)).toBe(morning);
    expect(startOfDay(morning)).toBe(morning);
    expect(startOfDay(at(key, 12, 0))).toBe(morning);
    expect(startOfNextDay(morning)).toBe(at(addDays(key, 1), 0, 0));
    expect(startOfNextDay(late)).toBe(late + 1);
    expect(startOfNextDay(late) - startOfDay(late)).toBe(hours * HOUR);
    // Its last hour, however many came before, is still the same date.
    expect(dayKey(morning + hours * HOUR - 1)).toBe(key);
  });
});

describe('passive time by day', () => {
  it('splits a span at local midnight', () => {
    const byDay = passiveMsByDay([[at('2026-05-14', 23, 50), at('2026-05-15', 0, 20)]]);
    expect(Object.fromEntries(byDay)).toEqual({ '2026-05-14': 10 * MINUTE, '2026-05-15': 20 * MINUTE });
  });

  it('gives a span that ends at midnight wholly to the day it ends', () => {
    const byDay = passiveMsByDay([[at('2026-05-14', 23, 0), at('2026-05-15', 0, 0)]]);
    expect(Object.fromEntries(byDay)).toEqual({ '2026-05-14': HOUR });
  });

  it.each([SHORT_DAY, LONG_DAY])(
    'counts the real length of $label ($hours hours) in a span over it',
    ({ key, hours }) => {
      const before = addDays(key, -1);
      const after = addDays(key, 1);
      const byDay = passiveMsByDay([[at(before, 23, 0), at(after, 1, 0)]]);
      expect(Object.fromEntries(byDay)).toEqual({ [before]: HOUR, [key]: hours * HOUR, [after]: HOUR });
    },
  );

  it('records a report over midnight on both days, in one sitting', async () => {
    const db = await openTendDB();
    const start = at('2026-05-14', 23, 57);
    const end = at('2026-05-15', 0, 2);
    const { countedMs, sitting } = await recordPassiveTime(db, 'reddit', [[start, end]], end);
    expect(countedMs).toBe(5 * MINUTE);
    expect(sitting).toMatchObject({ startedAt: start, lastPassiveAt: end, passiveMs: 5 * MINUTE });
    expect((await db.getAll('days')).map(({ day, passiveMs }) => [day, passiveMs])).toEqual([
      ['2026-05-14', 3 * MINUTE],
      ['2026-05-15', 2 * MINUTE],
    ]);
    expect(await db.count('sittings')).toBe(1);
    db.close();
  });
});

describe('the History date filter', () => {
  it.each([SHORT_DAY, LONG_DAY])('covers exactly $label, all $hours hours of it', async ({ key, hours }) => {
    const bounds = dateBounds(key, key);
    const from = startOfDayKey(key);
    expect(bounds).toEqual({ from, to: from + hours * HOUR - 1 });
    const db = await openTendDB();
    const moments = {
      lastOfDayBefore: from - 1,
      first: from,
      inLastHour: from + hours * HOUR - 30 * MINUTE,
      last: from + hours * HOUR - 1,
      firstOfDayAfter: from + hours * HOUR,
    };
    for (const [id, time] of Object.entries(moments)) await db.put('nudges', nudge(id, { at: time }));
    const page = await historyPage(db, bounds, null, 50);
    expect(page.rows.map((row) => row.id)).toEqual(['last', 'inLastHour', 'first']);
    db.close();
  });

  it('spans from the first date through the last', () => {
    expect(dateBounds(addDays(LONG_DAY.key, -2), LONG_DAY.key)).toEqual({
      from: at(addDays(LONG_DAY.key, -2), 0, 0),
      to: at(addDays(LONG_DAY.key, 1), 0, 0) - 1,
    });
  });

  it('leaves out a date left empty or not yet whole', () => {
    expect(dateBounds('', '')).toEqual({});
    expect(dateBounds('2026-02-30', '20260-01-01')).toEqual({});
    expect(dateBounds(ORDINARY, '')).toEqual({ from: at(ORDINARY, 0, 0) });
  });
});

describe('Insights', () => {
  it.each([SHORT_DAY, LONG_DAY])('lists 7 and 30 consecutive dates over $label, today last', ({ key }) => {
    for (const now of [at(addDays(key, 3), 0, 0), at(addDays(key, 3), 23, 59, 59, 999), at(addDays(key, 1), 0, 30)]) {
      for (const length of [7, 30]) {
        const days = lastDays(now, length);
        expect(days).toHaveLength(length);
        expect(new Set(days).size).toBe(length);
        expect(days.at(-1)).toBe(dayKey(now));
        expect(days).toContain(key);
        for (let i = 1; i < days.length; i++) expect(daysBetween(days[i - 1] ?? '', days[i] ?? '')).toBe(1);
      }
    }
  });

  it.each([SHORT_DAY, LONG_DAY])('puts each day’s totals on its point over $label', ({ key }) => {
    const days = lastDays(at(addDays(key, 3), 0, 0), 7);
    const total = (day: string, minutes: number) => ({
      day,
      site: 'x',
      passiveMs: minutes * MINUTE,
      nudges: 0,
      connections: 1,
    });
    const series = dailySeries([total(key, 25), total(days[0] ?? '', 7), total(addDays(key, -30), 99)], days);
    expect(series.map((point) => point.day)).toEqual(days);
    expect(series.find((point) => point.day === key)?.passiveMs).toBe(25 * MINUTE);
    expect(series[0]?.passiveMs).toBe(7 * MINUTE);
    expect(series.reduce((sum, point) => sum + point.connections, 0)).toBe(2);
  });

  it.each([SHORT_DAY, LONG_DAY])(
    'counts nudges from the first moment of the first day over $label',
    async ({ key }) => {
      const now = at(addDays(key, 3), 9, 0);
      const first = addDays(dayKey(now), -6);
      const db = await openTendDB();
      await db.put('nudges', nudge('before', { at: startOfDayKey(first) - 1, outcome: 'done' }));
      await db.put('nudges', nudge('first', { at: startOfDayKey(first), outcome: 'done' }));
      await db.put('nudges', nudge('on the day', { at: at(key, 12, 0), outcome: 'done' }));
      const week = await insights(db, DEFAULT_SETTINGS, 7, now);
      expect(week.outcomes.done).toBe(2);
      expect(week.series.map((point) => point.day)).toEqual(lastDays(now, 7));
      db.close();
    },
  );
});

describe('days between dates, and saying when', () => {
  it.each([SHORT_DAY, LONG_DAY])('counts whole days across $label', ({ key }) => {
    expect(daysBetween(addDays(key, -1), addDays(key, 1))).toBe(2);
    expect(daysBetween(addDays(key, 1), addDays(key, -1))).toBe(-2);
    expect(daysBetween(dayKey(at(addDays(key, -1), 23, 59)), dayKey(at(addDays(key, 1), 0, 0)))).toBe(2);
  });

  it('counts the days of whole years, whatever the clocks did', () => {
    expect(daysBetween('2026-01-01', '2027-01-01')).toBe(365);
    expect(daysBetween('2028-01-01', '2029-01-01')).toBe(366);
    expect(daysBetween('2026-03-01', '2026-11-30')).toBe(274);
  });

  it('says today and yesterday by the date, at 00:00 and at 23:59', () => {
    const today = dayKey(at('2026-05-15', 0, 0));
    expect(relativeDay(dayKey(at('2026-05-15', 23, 59)), today)).toBe('today');
    expect(relativeDay(dayKey(at('2026-05-14', 23, 59)), today)).toBe('yesterday');
    expect(relativeDay(dayKey(at('2026-05-16', 0, 0)), dayKey(at('2026-05-15', 23, 59)))).toBe('tomorrow');
    expect(relativeDay('2026-01-01', today)).toBe('on 1 Jan');
  });

  it.each([SHORT_DAY, LONG_DAY])('names the weekday of dates around $label', ({ key }) => {
    const today = addDays(key, 1);
    const weekday = new Date(at(addDays(key, -2), 12, 0)).toLocaleDateString('en-US', { weekday: 'long' });
    expect(relativeDay(key, today)).toBe('yesterday');
    expect(relativeDay(addDays(key, -2), today)).toBe(`on ${weekday}`);
    expect(weekdayOf(key)).toBe(new Date(at(key, 12, 0)).getDay());
  });
});

describe('people standings', () => {
  it('counts dates since the last connection, not 24-hour periods', () => {
    const now = at('2026-05-15', 8, 0);
    const lastNight = person('ana', { lastContactAt: at('2026-05-14', 23, 0), cadenceDays: 1 });
    const atMidnight = person('ben', { lastContactAt: at('2026-05-15', 0, 0) });
    expect(standing(lastNight, now)).toEqual({ daysSince: 1, overdueDays: 0 });
    expect(standingLabel(lastNight, now)).toBe('In touch yesterday');
    expect(standingLabel(atMidnight, now)).toBe('In touch today');
  });

  it.each([SHORT_DAY, LONG_DAY])('counts dates across $label', ({ key }) => {
    const contact = person('cy', { lastContactAt: at(addDays(key, -1), 23, 30), cadenceDays: 1 });
    expect(standing(contact, at(addDays(key, 1), 0, 30))).toEqual({ daysSince: 2, overdueDays: 1 });
    expect(standingLabel(contact, at(addDays(key, 1), 23, 59))).toBe('Last in touch 2 days ago · 1 day overdue');
  });
});

describe('pruning daily totals', () => {
  it.each([
    [SHORT_DAY.label, SHORT_DAY.key, 0, 30],
    [LONG_DAY.label, LONG_DAY.key, 23, 30],
  ])('keeps exactly the dates asked for, near midnight after %s', async (_label, key, hour, minute) => {
    const now = at(addDays(key, 2), hour, minute);
    const today = dayKey(now);
    const db = await openTendDB();
    for (const back of [6, 5, 0]) {
      await db.put('days', { day: addDays(today, -back), site: 'x', passiveMs: 1, nudges: 0, connections: 0 });
    }
    await pruneHistory(db, 5, now);
    expect((await db.getAll('days')).map((total) => total.day)).toEqual([addDays(today, -5), today]);
    db.close();
  });
});
