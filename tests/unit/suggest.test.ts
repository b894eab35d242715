import { describe, expect, it } from 'vitest';
import { type SuggestInput, suggest } from '../../utils/nudging/suggest';
import { DEFAULT_SETTINGS } from '../../utils/settings/settings';
import { DAY, moment, NOW, nudge, person } from './fixtures';

function input(fields: Partial<SuggestInput>): SuggestInput {
  return {
    people: [],
    moments: [],
    interactions: [],
    nudges: [],
    now: NOW,
    wakingHours: DEFAULT_SETTINGS.wakingHours,
    ...fields,
  };
}

describe('the suggestion engine', () => {
  it('suggests nothing without people, and never someone archived', () => {
    expect(suggest(input({}))).toBeNull();
    expect(suggest(input({ people: [person('ana', { archived: true })] }))).toBeNull();
    const picked = suggest(input({ people: [person('ana', { archived: true }), person('ben')] }));
    expect(picked?.personId).toBe('ben');
  });

  it('follows up on something shared once its follow-up date comes, and says why', () => {
    const people = [person('maya'), person('sam', { cadenceDays: 7, lastContactAt: NOW - 12 * DAY })];
    const interview = moment('m1', 'maya', {
      kind: 'challenge',
      text: 'job interview at the library',
      sharedOn: '2026-11-17',
      followUpOn: '2026-11-24',
    });
    const picked = suggest(input({ people, moments: [interview] }));
    expect(picked).toMatchObject({ personId: 'maya', actionId: 'follow-up', momentId: 'm1' });
    expect(picked?.reason).toBe('Maya told you about “job interview at the library” last Tuesday. Ask how it went.');
  });

  it('brings up a date in the next few days', () => {
    const birthday = moment('m1', 'ana', { kind: 'date', text: 'birthday', followUpOn: '2026-11-26' });
    const picked = suggest(input({ people: [person('ana'), person('ben')], moments: [birthday] }));
    expect(picked).toMatchObject({ personId: 'ana', actionId: 'mark-date' });
    expect(picked?.reason).toBe("Ana's “birthday” is on Thursday.");
  });

  it('celebrates a fresh milestone and lets an old one rest', () => {
    const fresh = moment('m1', 'ana', { kind: 'milestone', text: 'new job', sharedOn: '2026-11-20' });
    expect(suggest(input({ people: [person('ana')], moments: [fresh] }))?.actionId).toBe('celebrate');
    const old = { ...fresh, sharedOn: '2026-09-01' };
    expect(suggest(input({ people: [person('ana')], moments: [old] }))?.actionId).not.toBe('celebrate');
    expect(suggest(input({ people: [person('ana')], moments: [{ ...fresh, resolved: true }] }))?.actionId).not.toBe(
      'celebrate',
    );
  });

  it('puts the most overdue keep-in-touch cadence first and explains it', () => {
    const people = [
      person('ana', { cadenceDays: 30, lastContactAt: NOW - 20 * DAY }),
      person('ben', { cadenceDays: 7, lastContactAt: NOW - 23 * DAY }),
    ];
    const picked = suggest(input({ people }));
    expect(picked?.personId).toBe('ben');
    expect(picked?.reason).toBe("It's been 23 days since you were in touch with Ben; you wanted to be every week.");
  });

  it('rotates: someone just suggested steps back for someone else', () => {
    const people = [person('ana'), person('ben')];
    const first = suggest(input({ people }));
    const recent = [
      nudge('n1', { at: NOW - 60_000, personId: first?.personId ?? null, actionId: first?.actionId ?? '' }),
    ];
    const second = suggest(input({ people, nudges: recent }));
    expect(second?.personId).not.toBe(first?.personId);
  });

  it('rotates actions for the same person', () => {
    const people = [person('ana')];
    const first = suggest(input({ people }));
    const recent = [
      nudge('n1', { at: NOW - 2 * DAY, personId: 'ana', actionId: first?.actionId ?? '', outcome: 'done' }),
    ];
    expect(suggest(input({ people, nudges: recent }))?.actionId).not.toBe(first?.actionId);
  });

  it('lowers what the user recently turned down', () => {
    const people = [person('ana'), person('ben')];
    const first = suggest(input({ people }));
    const dismissed = [
      nudge('n1', {
        at: NOW - 3 * DAY,
        personId: first?.personId ?? null,
        actionId: first?.actionId ?? '',
        outcome: 'dismissed',
      }),
    ];
    const next = suggest(input({ people, nudges: dismissed }));
    expect([next?.personId, next?.actionId]).not.toEqual([first?.personId, first?.actionId]);
  });

  it('gives a different idea each time one is passed over, until none is left', () => {
    const people = [person('ana')];
    const seen = new Set<string>();
    const skip: { personId: string | null; actionId: string }[] = [];
    for (;;) {
      const next = suggest(input({ people, skip }));
      if (!next) break;
      const key = `${next.personId}:${next.actionId}`;
      expect(seen.has(key)).toBe(false);
      seen.add(key);
      skip.push({ personId: next.personId, actionId: next.actionId });
    }
    expect(seen.size).toBeGreaterThanOrEqual(5);
  });

  it('suggests calls and voice notes only to people it can reach that way, and no calls late at night', () => {
    const reachable = person('ana', { channels: [{ kind: 'phone', value: '+15550109999' }] });
    const skipAll = (exceptActions: string[]) =>
      ['check-in', 'share-article', 'propose-coffee', 'standing-call', 'voice-note', 'call', 'honest-update', 'thank']
        .filter((id) => !exceptActions.includes(id))
        .map((actionId) => ({ personId: 'ana', actionId }));
    expect(suggest(input({ people: [reachable], skip: skipAll(['call']) }))?.actionId).toBe('call');
    expect(suggest(input({ people: [person('ana')], skip: skipAll(['call', 'voice-note']) }))).toBeNull();
    const lateNight = new Date(2026, 10, 24, 23, 15).getTime();
    expect(suggest(input({ people: [reachable], skip: skipAll(['call']), now: lateNight }))).toBeNull();
  });

  it('is deterministic, whatever the order of its input', () => {
    const people = [person('ana'), person('ben', { cadenceDays: 14 }), person('cy')];
    const moments = [
      moment('m1', 'cy', { kind: 'goal', text: 'learn Portuguese' }),
      moment('m2', 'ana', { kind: 'value', text: 'honesty' }),
    ];
    const a = suggest(input({ people, moments }));
    const b = suggest(input({ people: [...people].reverse(), moments: [...moments].reverse() }));
    expect(b).toEqual(a);
    expect(suggest(input({ people, moments }))).toEqual(a);
  });
});
