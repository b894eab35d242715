/**
 * Picks who to reach out to and how, from what Tend knows: people and their
 * keep-in-touch cadence, what they shared and when to follow up, the
 * connections made and the nudges already shown. Pure and deterministic:
 * the same input always gives the same suggestion, explained in a sentence.
 *
 * Every (person, action) pair gets a score: what is due rises (a follow-up
 * date that has come, a date in the next few days, an overdue cadence, a
 * fresh milestone); what was just done, just suggested or recently turned
 * down sinks. Actions that do not fit the time of day (calls keep to the
 * daytime part of the user's waking hours) or the person's channels are
 * left out, and so are ideas already passed over with "Another idea".
 */

import { dayKey } from '../platform/day';
import type { HourWindow } from '../platform/hour-window';
import type { Interaction, Moment, NudgeRecord, Person } from '../records/types';
import { ACTIONS, type Action, type ActionId, fitsTime } from './actions';
import { momentIdeas } from './moment-ideas';

export interface SuggestInput {
  people: readonly Person[];
  moments: readonly Moment[];
  /** Connections made; the last few weeks are enough. */
  interactions: readonly Interaction[];
  /** Nudges shown; the last few weeks are enough. */
  nudges: readonly NudgeRecord[];
  now: number;
  /** The user's waking hours: calls and invitations keep to their daytime part; null lets every action fit. */
  wakingHours: HourWindow | null;
  /** Ideas already shown for this nudge and passed over. */
  skip?: readonly { personId: string | null; actionId: string }[];
}

export interface Suggestion {
  personId: string;
  actionId: ActionId;
  momentId: string | null;
  /** Why this, now: one sentence naming the person. */
  reason: string;
}

interface Candidate extends Suggestion {
  score: number;
  order: number;
}

const DAY = 86_400_000;

const GENERIC_BONUS: Partial<Record<ActionId, number>> = {
  'check-in': 0.5,
  call: 0.7,
  'voice-note': 0.6,
  'propose-coffee': 0.4,
  'share-article': 0.3,
  'standing-call': 0.3,
  'honest-update': 0.2,
  thank: 0.2,
};

function cadencePhrase(days: number): string {
  if (days === 1) return 'every day';
  if (days === 7) return 'every week';
  if (days === 14) return 'every two weeks';
  if (days === 30 || days === 31) return 'every month';
  return `every ${days} days`;
}

function personReason(person: Person, daysSince: number | null): string {
  if (daysSince === null) return `You haven't logged a conversation with ${person.name} yet.`;
  const days = Math.floor(daysSince);
  if (person.cadenceDays !== null && daysSince >= person.cadenceDays) {
    return `It's been ${days} days since you were in touch with ${person.name}; you wanted to be ${cadencePhrase(person.cadenceDays)}.`;
  }
  if (days >= 2) return `It's been ${days} days since you were in touch with ${person.name}.`;
  return `${person.name} is one of the people you want to stay close to.`;
}

export function suggest(input: SuggestInput): Suggestion | null {
  const { now } = input;
  const today = dayKey(now);
  const skip = input.skip ?? [];
  const recentNudges = [...input.nudges].sort((a, b) => b.at - a.at);
  const lastActions = recentNudges.slice(0, 5).map((nudge) => nudge.actionId);
  const candidates: Candidate[] = [];

  const people = [...input.people].filter((person) => !person.archived).sort((a, b) => a.id.localeCompare(b.id));
  for (const person of people) {
    const channelKinds = new Set(person.channels.map((channel) => channel.kind));
    const lastInteraction = Math.max(
      -Infinity,
      ...input.interactions.filter((i) => i.personId === person.id).map((i) => i.at),
    );
    const lastContact = Math.max(person.lastContactAt ?? -Infinity, lastInteraction);
    const daysSince = Number.isFinite(lastContact) ? (now - lastContact) / DAY : null;

    let personScore = 1;
    if (person.cadenceDays !== null) {
      const ratio = daysSince === null ? 1.5 : daysSince / person.cadenceDays;
      if (ratio >= 1) personScore += 2 + Math.min(4, (ratio - 1) * 2);
    } else if (daysSince === null) {
      personScore += 1;
    }
    if (daysSince !== null && daysSince < 2) personScore -= 3;
    for (const nudge of recentNudges) {
      if (nudge.personId !== person.id) continue;
      const age = now - nudge.at;
      if (age < DAY) personScore -= 2;
      else if (age < 3 * DAY) personScore -= 0.5;
    }

    const ideas: { actionId: ActionId; score: number; reason: string; momentId: string | null }[] = [];
    const moments = input.moments
      .filter((moment) => moment.personId === person.id && !moment.resolved)
      .sort((a, b) => a.id.localeCompare(b.id));
    for (const moment of moments) {
      for (const idea of momentIdeas(moment, person.name, today)) ideas.push({ ...idea, momentId: moment.id });
    }
    const generic = personReason(person, daysSince);
    for (const [actionId, bonus] of Object.entries(GENERIC_BONUS) as [ActionId, number][]) {
      const overdueTwice = person.cadenceDays !== null && daysSince !== null && daysSince >= 2 * person.cadenceDays;
      const extra = actionId === 'standing-call' && overdueTwice ? 1 : 0;
      ideas.push({ actionId, score: bonus + extra, reason: generic, momentId: null });
    }

    for (const idea of ideas) {
      const order = ACTIONS.findIndex((action) => action.id === idea.actionId);
      const action = ACTIONS[order] as Action;
      if (!fitsTime(action, now, input.wakingHours)) continue;
      if (skip.some((s) => s.personId === person.id && s.actionId === idea.actionId)) continue;
      const reachable = action.channels.some((kind) => channelKinds.has(kind));
      if (action.needsChannel && !reachable) continue;

      let score = personScore + idea.score - (reachable ? 0 : 0.2);
      score -= 0.8 * lastActions.filter((id) => id === idea.actionId).length;
      for (const nudge of recentNudges) {
        const age = now - nudge.at;
        const turnedDown = nudge.outcome === 'dismissed' || nudge.outcome === 'ignored';
        if (!turnedDown || nudge.personId !== person.id) continue;
        if (nudge.actionId === idea.actionId && age < 7 * DAY) score -= 4;
        else if (age < 2 * DAY) score -= 1.5;
      }
      candidates.push({
        personId: person.id,
        actionId: idea.actionId,
        momentId: idea.momentId,
        reason: idea.reason,
        score,
        order,
      });
    }
  }

  candidates.sort(
    (a, b) =>
      b.score - a.score ||
      a.personId.localeCompare(b.personId) ||
      a.order - b.order ||
      (a.momentId ?? '').localeCompare(b.momentId ?? ''),
  );
  const best = candidates[0];
  if (!best) return null;
  return { personId: best.personId, actionId: best.actionId, momentId: best.momentId, reason: best.reason };
}
