/**
 * What answering something a person shared does to it: only the answer
 * closes it, a goal's next check moves forward, a yearly date moves on to
 * next year — checked as a rule, and through the background as "I did it"
 * records it.
 */
import { beforeEach, describe, expect, it } from 'vitest';
import { openTendDB } from '../../entrypoints/background/db/open';
import { momentAfterDone } from '../../utils/nudging/moment-after';
import { occurrenceNear } from '../../utils/nudging/yearly-date';
import type { Moment } from '../../utils/records/types';
import { clock, send, startBackground } from './background-harness';
import { moment } from './fixtures';
import { pageSender } from './senders';

const TODAY = '2026-11-24';

describe('what answering a moment does to it', () => {
  it('closes a follow-up, a celebration and a shared value once done, and nothing else', () => {
    const interview = moment('m1', 'maya', { kind: 'challenge', followUpOn: '2026-11-26' });
    expect(momentAfterDone(interview, 'empathize', TODAY)).toEqual({});
    expect(momentAfterDone(interview, 'follow-up', TODAY)).toEqual({ resolved: true });
    expect(momentAfterDone(moment('m2', 'maya', { kind: 'milestone' }), 'celebrate', TODAY)).toEqual({
      resolved: true,
    });
    expect(momentAfterDone(moment('m3', 'maya', { kind: 'value' }), 'shared-value', TODAY)).toEqual({ resolved: true });
  });

  it('moves a goal’s next check two weeks on', () => {
    const goal = moment('m1', 'cy', { kind: 'goal', followUpOn: '2026-11-20' });
    expect(momentAfterDone(goal, 'ask-goal', TODAY)).toEqual({ followUpOn: '2026-12-08' });
  });

  it('moves a yearly date on to next year once the day is marked, on time or late, but not for a word ahead', () => {
    const birthday = moment('m1', 'ana', { kind: 'date', followUpOn: '1990-11-26' });
    expect(momentAfterDone(birthday, 'date-ahead', TODAY)).toEqual({});
    expect(momentAfterDone(birthday, 'mark-date', '2026-11-26')).toEqual({ followUpOn: '2027-11-26' });
    expect(momentAfterDone(birthday, 'belated-date', '2026-11-30')).toEqual({ followUpOn: '2027-11-26' });
  });

  it('finds the occurrence of a yearly date near a day, across the new year and on 29 February', () => {
    const window = { before: 3, after: 7 };
    expect(occurrenceNear('2000-01-02', '2026-12-30', window)).toBe('2027-01-02');
    expect(occurrenceNear('2000-12-30', '2027-01-04', window)).toBe('2026-12-30');
    expect(occurrenceNear('2000-02-29', '2027-02-27', window)).toBe('2027-02-28');
    expect(occurrenceNear('2000-06-01', '2026-11-24', window)).toBeNull();
    // Never before the date as stored: a wedding set for next year has no anniversary this year.
    expect(occurrenceNear('2027-11-25', '2026-11-24', window)).toBeNull();
  });
});

describe('answering through the background', () => {
  beforeEach(async () => {
    await startBackground(new Date(2026, 10, 24, 14, 0).getTime());
  });

  async function ok<T>(message: unknown): Promise<T> {
    const reply = await send(message, pageSender());
    if (!reply.ok) throw new Error(reply.error.message);
    return reply.value as T;
  }

  async function stored(id: string): Promise<Moment | undefined> {
    const db = await openTendDB();
    const found = await db.get('moments', id);
    db.close();
    return found;
  }

  it('leaves "how did it go?" in place after a kind word, and closes it with the follow-up', async () => {
    const maya = await ok<{ id: string }>({
      type: 'people/save',
      data: { name: 'Maya', channels: [], cadenceDays: null, notes: '' },
    });
    const interview = await ok<Moment>({
      type: 'moments/save',
      data: { personId: maya.id, kind: 'challenge', text: 'job interview', sharedOn: TODAY, followUpOn: '2026-11-26' },
    });
    await ok({ type: 'suggest/done', data: { personId: maya.id, actionId: 'empathize', momentId: interview.id } });
    expect(await stored(interview.id)).toMatchObject({ resolved: false, followUpOn: '2026-11-26' });
    clock.set(new Date(2026, 10, 26, 18, 0).getTime());
    const now = await ok<{ kind: string; view?: { actionId: string; momentId: string } }>({
      type: 'suggest/now',
      data: {},
    });
    expect(now.view).toMatchObject({ actionId: 'follow-up', momentId: interview.id });
    await ok({ type: 'suggest/done', data: { personId: maya.id, actionId: 'follow-up', momentId: interview.id } });
    expect(await stored(interview.id)).toMatchObject({ resolved: true });
  });
});
