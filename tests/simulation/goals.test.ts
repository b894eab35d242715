/**
 * The goal checks on small logs written by hand, so that a goal failing on
 * the simulated month is known to fail for the reason it states, and one
 * met is known to be able to fail.
 */
import { describe, expect, it } from 'vitest';
import { addDays } from '../../utils/platform/day';
import { GOALS, type Goal, reachGaps } from './goals';
import type { Answer, LoggedConnection, LoggedMoment, LoggedPerson, MonthLog, ShownIdea } from './log';

/** Day `day` of a 10-day month starting Monday 2 March 2026, at `hour`:`minute` local time. */
function at(day: number, hour: number, minute = 0): number {
  return new Date(2026, 2, 2 + day, hour, minute).getTime();
}

const maya: LoggedPerson = { id: 'maya', name: 'Maya', cadenceDays: 7 };
const rosa: LoggedPerson = { id: 'rosa', name: 'Rosa', cadenceDays: null };

function moment(id: string, fields: Partial<LoggedMoment> = {}): LoggedMoment {
  return {
    id,
    personId: 'maya',
    kind: 'date',
    text: id,
    sharedOn: '2026-02-01',
    followUpOn: null,
    addedAt: at(-10, 12),
    ...fields,
  };
}

/** A card (or, with `ideaIndex`, another idea on one) about Maya by default, ignored unless told. */
function idea(time: number, fields: Partial<ShownIdea> = {}): ShownIdea {
  return {
    nudgeId: `card-${time}`,
    ideaIndex: 0,
    at: time,
    personId: 'maya',
    actionId: 'check-in',
    momentId: null,
    night: false,
    title: '',
    reason: '',
    answer: 'ignored' as Answer,
    answeredAt: time + 5 * 60_000,
    ...fields,
  };
}

function monthOf(fields: {
  people?: LoggedPerson[];
  moments?: LoggedMoment[];
  connections?: LoggedConnection[];
  ideas?: ShownIdea[];
}): MonthLog {
  return {
    seed: 0,
    start: at(0, 0),
    days: 10,
    dailyCap: 4,
    thresholdMs: 10 * 60_000,
    people: fields.people ?? [maya, rosa],
    moments: fields.moments ?? [],
    connections: fields.connections ?? [],
    ideas: fields.ideas ?? [],
    sittings: [],
  };
}

function goal(id: Goal['id']): Goal {
  const found = GOALS.find((g) => g.id === id);
  if (!found) throw new Error(`No goal ${id}`);
  return found;
}

const broken = (id: Goal['id'], log: MonthLog) => goal(id).violations(log).length;

describe('the month goals', () => {
  it('reach someone with a cadence within cadence + 1 calendar days, counting to the month’s end', () => {
    const connections = [{ personId: 'maya', at: at(-2, 20) }];
    expect(broken('cadence-reached', monthOf({ connections, ideas: [idea(at(4, 9))] }))).toBe(0);
    // From day -2 to day 9, the month's last: 11 days without a card.
    expect(broken('cadence-reached', monthOf({ connections }))).toBe(1);
    // Day -2 to day 7 is 9 calendar days, though fewer than 9 × 24 hours.
    expect(broken('cadence-reached', monthOf({ connections, ideas: [idea(at(7, 7)), idea(at(9, 9))] }))).toBe(1);
    expect(broken('cadence-reached', monthOf({ connections, ideas: [idea(at(6, 22)), idea(at(9, 9))] }))).toBe(0);
  });

  it('count someone overdue when the month starts from its first day', () => {
    const omar: LoggedPerson = { id: 'omar', name: 'Omar', cadenceDays: 30 };
    const log = monthOf({
      people: [omar],
      connections: [{ personId: 'omar', at: at(-45, 12) }],
      ideas: [idea(at(1, 9), { personId: 'omar' })],
    });
    expect(reachGaps(log, omar).map((gap) => gap.days)).toEqual([31, 8]);
    expect(broken('cadence-reached', log)).toBe(0);
  });

  it('keep quiet about someone within their cadence after a connection, unless something dated is due', () => {
    const connections = [{ personId: 'maya', at: at(2, 20) }];
    expect(broken('quiet-after-connection', monthOf({ connections, ideas: [idea(at(5, 9))] }))).toBe(1);
    expect(broken('quiet-after-connection', monthOf({ connections, ideas: [idea(at(9, 9))] }))).toBe(0);
    const birthday = moment('birthday', { followUpOn: addDays('2026-03-02', 5) });
    expect(
      broken('quiet-after-connection', monthOf({ connections, moments: [birthday], ideas: [idea(at(5, 9))] })),
    ).toBe(0);
    // Without a cadence, a week is soon.
    const called = [{ personId: 'rosa', at: at(0, 10) }];
    expect(
      broken('quiet-after-connection', monthOf({ connections: called, ideas: [idea(at(6, 9), { personId: 'rosa' })] })),
    ).toBe(1);
    expect(
      broken('quiet-after-connection', monthOf({ connections: called, ideas: [idea(at(7, 9), { personId: 'rosa' })] })),
    ).toBe(0);
  });

  it('surface a date on its day or the first day with a card after it, before anything undated', () => {
    const interview = moment('interview', { kind: 'challenge', followUpOn: '2026-03-05' });
    const onTime = idea(at(3, 8), { momentId: 'interview', actionId: 'follow-up' });
    expect(broken('dates-surfaced', monthOf({ moments: [interview], ideas: [onTime] }))).toBe(0);
    const second = idea(at(3, 12), { momentId: 'interview', actionId: 'follow-up' });
    expect(broken('dates-surfaced', monthOf({ moments: [interview], ideas: [idea(at(3, 8)), second] }))).toBe(1);
    const nextDay = idea(at(4, 8), { momentId: 'interview', actionId: 'follow-up' });
    expect(broken('dates-surfaced', monthOf({ moments: [interview], ideas: [nextDay] }))).toBe(0);
    // A word before the date does not mark it.
    const before = idea(at(2, 20), { momentId: 'interview', actionId: 'empathize', answer: 'done' });
    expect(broken('dates-surfaced', monthOf({ moments: [interview], ideas: [before] }))).toBe(1);
    // Another idea on a card is not the card.
    const passed = idea(at(3, 8, 1), { nudgeId: 'card', ideaIndex: 1, momentId: 'interview' });
    expect(
      broken('dates-surfaced', monthOf({ moments: [interview], ideas: [idea(at(3, 8), { nudgeId: 'card' }), passed] })),
    ).toBe(1);
    // Another dated thing, or the step planned last night, may come first.
    const scan = moment('scan', { kind: 'news', followUpOn: '2026-03-05' });
    const aboutScan = idea(at(3, 8), { momentId: 'scan', actionId: 'follow-up' });
    const planned = idea(at(3, 7, 30), { reason: 'You planned this last night, when it was too late to reach Maya.' });
    expect(broken('dates-surfaced', monthOf({ moments: [interview, scan], ideas: [planned, aboutScan, second] }))).toBe(
      0,
    );
  });

  it('give a date missed on its day a belated card', () => {
    const anniversary = moment('anniversary', { followUpOn: '2026-03-06' });
    expect(broken('missed-date-belated', monthOf({ moments: [anniversary], ideas: [idea(at(2, 9))] }))).toBe(1);
    const belated = idea(at(5, 9), { momentId: 'anniversary', actionId: 'mark-date' });
    expect(broken('missed-date-belated', monthOf({ moments: [anniversary], ideas: [belated] }))).toBe(0);
    // A card on the day, about anything, means the date was not missed (dates-surfaced judges that card).
    expect(broken('missed-date-belated', monthOf({ moments: [anniversary], ideas: [idea(at(4, 9))] }))).toBe(0);
  });

  it('never show the same person, action and moment again within 7 days', () => {
    expect(broken('no-repeats', monthOf({ ideas: [idea(at(1, 9)), idea(at(7, 9))] }))).toBe(1);
    expect(broken('no-repeats', monthOf({ ideas: [idea(at(1, 9)), idea(at(8, 9))] }))).toBe(0);
    expect(broken('no-repeats', monthOf({ ideas: [idea(at(1, 9)), idea(at(2, 9), { actionId: 'call' })] }))).toBe(0);
    expect(broken('no-repeats', monthOf({ ideas: [idea(at(1, 9)), idea(at(2, 9), { momentId: 'm' })] }))).toBe(0);
  });

  it('never bring back within a day an idea passed over, turned down or snoozed', () => {
    for (const answer of ['another', 'not-now', 'snooze'] as const) {
      const away = idea(at(1, 10), { answer, answeredAt: at(1, 10, 1) });
      expect(broken('no-comebacks', monthOf({ ideas: [away, idea(at(2, 9))] })), answer).toBe(1);
      expect(broken('no-comebacks', monthOf({ ideas: [away, idea(at(2, 11))] })), answer).toBe(0);
    }
    const ignored = idea(at(1, 10));
    expect(broken('no-comebacks', monthOf({ ideas: [ignored, idea(at(1, 20))] }))).toBe(0);
  });

  it('show at most the daily cap of cards a day, counting cards, not the ideas on them', () => {
    const day = [8, 10, 12, 14].map((hour) => idea(at(1, hour), { personId: null }));
    expect(broken('daily-cap', monthOf({ ideas: day }))).toBe(0);
    expect(broken('daily-cap', monthOf({ ideas: [...day, idea(at(1, 16), { personId: null })] }))).toBe(1);
    const another = idea(at(1, 8, 1), { nudgeId: day[0]?.nudgeId ?? '', ideaIndex: 1, personId: null });
    expect(broken('daily-cap', monthOf({ ideas: [...day, another] }))).toBe(0);
  });

  it('show no card about someone with nothing due', () => {
    const recent = [
      { personId: 'maya', at: at(0, 9) },
      { personId: 'rosa', at: at(-30, 9) },
    ];
    expect(broken('nothing-due', monthOf({ connections: recent, ideas: [idea(at(3, 9))] }))).toBe(1);
    expect(broken('nothing-due', monthOf({ connections: recent, ideas: [idea(at(7, 9))] }))).toBe(0);
    // No cadence: only a dated moment makes them due, however long ago the last connection.
    const rosaCard = idea(at(3, 9), { personId: 'rosa' });
    expect(broken('nothing-due', monthOf({ connections: recent, ideas: [rosaCard] }))).toBe(1);
    const birthday = moment('birthday', { personId: 'rosa', followUpOn: '2026-03-05' });
    expect(broken('nothing-due', monthOf({ connections: recent, moments: [birthday], ideas: [rosaCard] }))).toBe(0);
    // Once followed up, it is no longer due.
    const wished = idea(at(3, 8), { personId: 'rosa', momentId: 'birthday', answer: 'done', answeredAt: at(3, 8, 1) });
    expect(
      broken('nothing-due', monthOf({ connections: recent, moments: [birthday], ideas: [wished, rosaCard] })),
    ).toBe(1);
  });

  it('hold every number of days in a reason to the calendar', () => {
    // Monday 21:00 to Thursday 08:00: 3 calendar days, though under 60 hours.
    const connections = [{ personId: 'maya', at: at(0, 21) }];
    const said = (reason: string, fields: Partial<ShownIdea> = {}) =>
      broken('true-day-counts', monthOf({ connections, ideas: [idea(at(3, 8), { reason, ...fields })] }));
    expect(said("It's been 2 days since you were in touch with Maya.")).toBe(1);
    expect(said("It's been 3 days since you were in touch with Maya.")).toBe(0);
    const dated = [moment('birthday', { followUpOn: '2026-03-07' })];
    const about = { momentId: 'birthday' };
    const withMoment = (reason: string) =>
      broken(
        'true-day-counts',
        monthOf({ connections, moments: dated, ideas: [idea(at(3, 8), { reason, ...about })] }),
      );
    expect(withMoment('Her birthday is in 2 days.')).toBe(0);
    expect(withMoment('Her birthday is in 3 days.')).toBe(1);
    expect(said('Nothing counted here.')).toBe(0);
  });
});
