import { describe, expect, it } from 'vitest';
import { ACTIONS, actionById, fitsTime } from '../../utils/nudging/actions';
import { buildPlan, viewSuggestion } from '../../utils/nudging/plan';
import { DEFAULT_SETTINGS } from '../../utils/settings/settings';
import { moment, nudge, person, SAMPLE_CHANNELS } from './fixtures';

describe('the catalogue of actions', () => {
  it('offers at least twelve distinct actions', () => {
    expect(ACTIONS.length).toBeGreaterThanOrEqual(12);
    expect(new Set(ACTIONS.map((action) => action.id)).size).toBe(ACTIONS.length);
  });

  it.each(ACTIONS.map((action) => [action.id, action] as const))(
    '%s renders for every channel it claims: a title with the full name, a draft to what the user calls them',
    (_id, action) => {
      const maria = person('maria', { name: 'Maria Keller', callName: 'Mia' });
      const topic = action.about?.[0];
      const about = topic ? moment('m1', 'maria', { kind: topic, text: 'her first half marathon' }) : undefined;
      for (const kind of action.channels) {
        const withChannel = { ...maria, channels: [{ kind, value: SAMPLE_CHANNELS[kind] }] };
        const plan = buildPlan(
          nudge('n1', { personId: 'maria', actionId: action.id, momentId: about?.id ?? null, reason: 'why' }),
          withChannel,
          about,
        );
        expect(plan.invite).toBe(false);
        expect(plan.personName).toBe('Maria Keller');
        expect(plan.title).toContain('Maria Keller');
        expect(plan.draft.body).toMatch(/\bMia\b/);
        expect(plan.draft.body).not.toContain('Maria');
        expect(plan.draft.subject).not.toContain('Maria');
        if (about) expect(plan.draft.body).toContain('her first half marathon');
        expect(plan.links, `${action.id} on ${kind}`).toHaveLength(1);
        expect(plan.links[0]?.channel.kind).toBe(kind);
        // The button is read by the user: the full name. What the link carries is the draft.
        expect(plan.links[0]?.verb).toContain('Maria Keller');
        expect(decodeURIComponent(plan.links[0]?.url ?? '')).not.toContain('Maria');
      }
    },
  );

  it('greets by the first name when the user set no call name, and keeps the full name in the title', () => {
    const plan = buildPlan(
      nudge('n1', { personId: 'maria', actionId: 'check-in', reason: 'why' }),
      person('maria', {
        name: 'Maria Keller',
        callName: '',
        channels: [{ kind: 'email', value: 'maria@example.org' }],
      }),
      undefined,
    );
    expect(plan.title).toBe('Send Maria Keller a personal message');
    expect(plan.draft.body).toBe('Hi Maria, you crossed my mind just now. How are you doing, really?');
    expect(plan.links[0]?.url).toContain(`body=${encodeURIComponent(plan.draft.body)}`);
  });

  it('puts the call name in the draft the popup shows and the link it offers', () => {
    const view = viewSuggestion(
      { actionId: 'propose-coffee', momentId: null, reason: 'It has been a while.' },
      person('maria', {
        name: 'Maria Keller',
        callName: 'Mia',
        channels: [{ kind: 'whatsapp', value: SAMPLE_CHANNELS.whatsapp }],
      }),
      undefined,
    );
    expect(view?.personName).toBe('Maria Keller');
    expect(view?.title).toBe('Propose a coffee with Maria Keller');
    expect(view?.reason).toBe('It has been a while.');
    expect(view?.draft.body).toMatch(/^Hi Mia! /);
    expect(new URL(view?.links[0]?.url ?? '').searchParams.get('text')).toBe(view?.draft.body);
  });

  it('keeps calls to the daytime part of waking hours, and messages to waking hours', () => {
    const call = actionById('call');
    const message = actionById('check-in');
    if (!call || !message) throw new Error('missing action');
    const waking = DEFAULT_SETTINGS.wakingHours;
    const at = (hour: number, minute = 0) => new Date(2026, 10, 24, hour, minute).getTime();
    expect(fitsTime(call, at(18), waking)).toBe(true);
    expect(fitsTime(call, at(7, 30), waking)).toBe(false);
    expect(fitsTime(call, at(22, 30), waking)).toBe(false);
    expect(fitsTime(message, at(7, 30), waking)).toBe(true);
    expect(fitsTime(message, at(22, 30), waking)).toBe(true);
    expect(fitsTime(message, at(23, 30), waking)).toBe(false);
    // Waking hours turned off: the user chose to hear ideas at any hour.
    expect(fitsTime(call, at(3), null)).toBe(true);
  });

  it('shows a name with markup as plain text in the plan', () => {
    const plan = buildPlan(
      nudge('n1', { personId: 'x', actionId: 'check-in', reason: 'why' }),
      person('x', { name: '<img src=x onerror=alert(1)>' }),
      undefined,
    );
    expect(plan.personName).toBe('<img src=x onerror=alert(1)>');
    expect(plan.title).toBe('Send <img src=x onerror=alert(1)> a personal message');
  });

  it('invites the user to add people when a nudge has no one to suggest', () => {
    const plan = buildPlan(nudge('n1', { actionId: 'add-people' }), undefined, undefined);
    expect(plan.invite).toBe(true);
    expect(plan.links).toEqual([]);
  });
});
