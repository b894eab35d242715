import { describe, expect, it } from 'vitest';
import { type SuggestInput, suggest } from '../../utils/nudging/suggest';
import { DEFAULT_SETTINGS } from '../../utils/settings/settings';
import { DAY, moment, NOW, nudge, person } from './fixtures';

// NOW is Tuesday 24 November 2026, 14:30 local time.

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

/** Someone whose weekly cadence ran out `days` ago. */
const overdue = (id: string, days: number) => person(id, { cadenceDays: 7, lastContactAt: NOW - (7 + days) * DAY });
/** Someone just in touch: nothing everyday is due for them. */
const inTouch = (id: string) => person(id, { cadenceDays: 30, lastContactAt: NOW - DAY });

const at = (hours: number, minutes = 0, day = 24) => new Date(2026, 10, day, hours, minutes).getTime();

describe('the suggestion engine', () => {
  it('suggests nothing without people, never someone archived, and someone never contacted at once', () => {
    expect(suggest(input({}))).toBeNull();
    expect(suggest(input({ people: [person('ana', { archived: true, lastContactAt: null })] }))).toBeNull();
    const picked = suggest(
      input({ people: [person('ana', { archived: true }), person('ben', { lastContactAt: null })] }),
    );
    expect(picked).toMatchObject({ personId: 'ben', reason: "You haven't logged a conversation with Ben yet." });
  });

  it('shows no card at all when nothing is due', () => {
    const people = [inTouch('ana'), person('ben', { cadenceDays: 14, lastContactAt: NOW - 5 * DAY }), person('cy')];
    const moments = [moment('m1', 'ana', { kind: 'value', text: 'honesty' })];
    expect(suggest(input({ people, moments }))).toBeNull();
  });

  it('brings up a cadence a day before it is due, and says how long it has been in calendar days', () => {
    const ben = person('ben', { cadenceDays: 7, lastContactAt: at(23, 50, 18) });
    expect(suggest(input({ people: [ben] }))?.reason).toBe(
      "It's been 6 days since you were in touch with Ben, and you wanted to be in touch every week.",
    );
    const earlier = { ...ben, lastContactAt: at(9, 0, 19) };
    expect(suggest(input({ people: [earlier] }))).toBeNull();
  });

  it('puts the most overdue cadence first', () => {
    const people = [person('ana', { cadenceDays: 30, lastContactAt: NOW - 31 * DAY }), overdue('ben', 16)];
    const picked = suggest(input({ people }));
    expect(picked?.personId).toBe('ben');
    expect(picked?.reason).toBe(
      "It's been 23 days since you were in touch with Ben, and you wanted to be in touch every week.",
    );
  });

  it('follows up on its day, ahead of anything everyday, in one sentence', () => {
    const people = [person('maya', { cadenceDays: 30, lastContactAt: NOW - 10 * DAY }), overdue('sam', 20)];
    const interview = moment('m1', 'maya', {
      kind: 'challenge',
      text: 'job interview at the library',
      sharedOn: '2026-11-17',
      followUpOn: '2026-11-24',
    });
    const picked = suggest(input({ people, moments: [interview] }));
    expect(picked).toMatchObject({ personId: 'maya', actionId: 'follow-up', momentId: 'm1' });
    expect(picked?.reason).toBe('Maya told you about “job interview at the library” last Tuesday — ask how it went.');
  });

  it('offers a kind word before a hard day, unless you have talked since, and the day itself still comes', () => {
    const interview = moment('m1', 'maya', {
      kind: 'challenge',
      text: 'job interview',
      sharedOn: '2026-11-20',
      followUpOn: '2026-11-26',
    });
    const maya = person('maya', { cadenceDays: 30, lastContactAt: NOW - 10 * DAY });
    expect(suggest(input({ people: [maya], moments: [interview] }))).toMatchObject({ actionId: 'empathize' });
    const talkedSince = { ...maya, lastContactAt: NOW - DAY };
    expect(suggest(input({ people: [talkedSince], moments: [interview] }))).toBeNull();
    const onTheDay = at(10, 0, 26);
    expect(suggest(input({ people: [talkedSince], moments: [interview], now: onTheDay }))).toMatchObject({
      actionId: 'follow-up',
      momentId: 'm1',
    });
  });

  it('marks a yearly date: a word ahead, the day itself first, a belated word if it went by, then rest', () => {
    const birthday = moment('m1', 'ana', { kind: 'date', text: 'birthday', followUpOn: '1990-11-26' });
    const people = [inTouch('ana'), overdue('ben', 20)];
    const on = (day: number) => suggest(input({ people, moments: [birthday], now: at(12, 0, day) }));
    const ahead = suggest(input({ people: [person('ana', { lastContactAt: NOW - 10 * DAY })], moments: [birthday] }));
    expect(ahead).toMatchObject({
      actionId: 'date-ahead',
      reason: "Ana's “birthday” is on Thursday — a word ahead of it means a lot.",
    });
    expect(on(26)).toMatchObject({ personId: 'ana', actionId: 'mark-date', reason: "Ana's “birthday” is today." });
    expect(on(28)).toMatchObject({
      actionId: 'belated-date',
      reason: "Ana's “birthday” was on Thursday — it's not too late to say you thought of them.",
    });
    expect(suggest(input({ people: [inTouch('ana')], moments: [birthday], now: at(12, 0, 30) + 4 * DAY }))).toBeNull();
    // Marked this year: its date moved on to next year, so nothing belated.
    const marked = { ...birthday, followUpOn: '2027-11-26' };
    expect(suggest(input({ people: [inTouch('ana')], moments: [marked], now: at(12, 0, 28) }))).toBeNull();
  });

  it('asks about a goal when its check comes, and not before', () => {
    const goal = moment('m1', 'cy', { kind: 'goal', text: 'the half marathon', followUpOn: '2026-11-24' });
    const cy = inTouch('cy');
    expect(suggest(input({ people: [cy], moments: [goal] }))).toMatchObject({ actionId: 'ask-goal', momentId: 'm1' });
    expect(suggest(input({ people: [cy], moments: [{ ...goal, followUpOn: '2026-12-08' }] }))).toBeNull();
  });

  it('brings up a shared value on its date, and never on its own without one', () => {
    const value = moment('m1', 'ana', { kind: 'value', text: 'honesty', followUpOn: '2026-11-24' });
    expect(suggest(input({ people: [inTouch('ana')], moments: [value] }))).toMatchObject({ actionId: 'shared-value' });
    expect(suggest(input({ people: [inTouch('ana')], moments: [{ ...value, followUpOn: null }] }))).toBeNull();
  });

  it('celebrates a fresh milestone and lets an old or resolved one rest', () => {
    const fresh = moment('m1', 'ana', { kind: 'milestone', text: 'new job', sharedOn: '2026-11-20' });
    const ana = person('ana', { lastContactAt: NOW - 10 * DAY });
    expect(suggest(input({ people: [ana], moments: [fresh] }))?.actionId).toBe('celebrate');
    expect(suggest(input({ people: [ana], moments: [{ ...fresh, sharedOn: '2026-09-01' }] }))).toBeNull();
    expect(suggest(input({ people: [ana], moments: [{ ...fresh, resolved: true }] }))).toBeNull();
  });

  it('never suggests the same action to the same person within 7 days, whatever became of it', () => {
    const ben = overdue('ben', 3);
    /** Every idea for Ben, best first, as "Another idea" would go through them. */
    const everyIdea = (nudges: SuggestInput['nudges']) => {
      const skip: { personId: string | null; actionId: string }[] = [];
      for (
        let next = suggest(input({ people: [ben], nudges }));
        next;
        next = suggest(input({ people: [ben], nudges, skip }))
      ) {
        skip.push({ personId: next.personId, actionId: next.actionId });
      }
      return skip.map((idea) => idea.actionId);
    };
    const first = everyIdea([])[0];
    for (const outcome of ['done', 'dismissed', 'snoozed', 'ignored', 'shown'] as const) {
      const shown = nudge('n1', { at: NOW - 6 * DAY, personId: 'ben', actionId: first ?? '', outcome });
      expect(everyIdea([shown])).not.toContain(first);
      expect(everyIdea([{ ...shown, at: NOW - 7 * DAY }])).toContain(first);
    }
  });

  it('keeps an idea passed over with "Another idea" down for the week', () => {
    const ben = overdue('ben', 3);
    const first = suggest(input({ people: [ben] }));
    const passedOver = nudge('n1', {
      at: NOW - 3 * DAY,
      personId: 'ben',
      actionId: 'thank',
      skipped: [{ personId: 'ben', actionId: first?.actionId ?? '' }],
    });
    expect(suggest(input({ people: [ben], nudges: [passedOver] }))?.actionId).not.toBe(first?.actionId);
  });

  it('lets someone rest after a card about them, but not what is dated', () => {
    const ben = overdue('ben', 3);
    const yesterday = nudge('n1', { at: NOW - DAY, personId: 'ben', actionId: 'thank', outcome: 'dismissed' });
    const people = [ben, overdue('cy', 1)];
    expect(suggest(input({ people, nudges: [yesterday] }))?.personId).toBe('cy');
    expect(
      suggest(input({ people: [{ ...ben, cadenceDays: 14, lastContactAt: NOW - 20 * DAY }], nudges: [yesterday] })),
    ).toBeNull();
    const followUp = moment('m1', 'ben', { kind: 'news', text: 'the move', followUpOn: '2026-11-24' });
    expect(suggest(input({ people: [ben], moments: [followUp], nudges: [yesterday] }))).toMatchObject({
      actionId: 'follow-up',
    });
  });

  it('gives a different idea each time one is passed over, until none is left', () => {
    const people = [overdue('ana', 3)];
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
    const reachable = { ...overdue('ana', 3), channels: [{ kind: 'phone' as const, value: '+15550109999' }] };
    const skipAll = (exceptActions: string[]) =>
      ['check-in', 'share-article', 'propose-coffee', 'standing-call', 'voice-note', 'call', 'honest-update', 'thank']
        .filter((id) => !exceptActions.includes(id))
        .map((actionId) => ({ personId: 'ana', actionId }));
    expect(suggest(input({ people: [reachable], skip: skipAll(['call']) }))?.actionId).toBe('call');
    expect(suggest(input({ people: [overdue('ana', 3)], skip: skipAll(['call', 'voice-note']) }))).toBeNull();
    const lateNight = at(23, 15);
    expect(suggest(input({ people: [reachable], skip: skipAll(['call']), now: lateNight }))).toBeNull();
  });

  it('is deterministic, whatever the order of its input', () => {
    const people = [overdue('ana', 2), overdue('ben', 2), person('cy', { lastContactAt: null })];
    const moments = [
      moment('m1', 'cy', { kind: 'goal', text: 'learn Portuguese', followUpOn: '2026-11-24' }),
      moment('m2', 'ana', { kind: 'value', text: 'honesty', followUpOn: '2026-11-24' }),
    ];
    const a = suggest(input({ people, moments }));
    expect(a).not.toBeNull();
    const b = suggest(input({ people: [...people].reverse(), moments: [...moments].reverse() }));
    expect(b).toEqual(a);
  });
});
