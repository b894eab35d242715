/**
 * Picks who to reach out to and how, from what Tend knows: people and their
 * keep-in-touch cadence, what they shared and when to follow up, the
 * connections made and the nudges already shown. Pure and deterministic:
 * the same input always gives the same suggestion, explained in one sentence
 * that is true at that moment.
 *
 * It suggests only what is worth a card (`MIN_WORTH`), so on a day when
 * nothing is due there is no card at all:
 *
 * - A step the user planned on a late-night card comes first the next day.
 * - What is dated and due (`moment-ideas.ts`) comes first, whoever it is for;
 *   what is timely (a date, a hard time, a fresh milestone) does not wait.
 * - A person's everyday ideas (a message, a call, a coffee) come only when
 *   their cadence is due (or a day before), never right after a connection,
 *   and not again within a few days of a card about them.
 * - The same action about the same thing is never suggested to the same
 *   person twice within 7 days: an idea done, passed over, turned down,
 *   snoozed or ignored stays down for a week ("Pause here today" is about
 *   the site, and leaves the idea be).
 * - Actions that do not fit the hour (calls keep to the daytime part of the
 *   user's waking hours) or the person's channels are left out.
 */
import { dayKey, daysBetween } from '../platform/day';
import { type HourWindow, inWindow } from '../platform/hour-window';
import type { ChannelKind, Interaction, Moment, NudgeRecord, Person } from '../records/types';
import { ACTIONS, type Action, type ActionId, fitsTime } from './actions';
import { type MomentIdea, momentIdeas, WORTH } from './moment-ideas';

export interface SuggestInput {
  people: readonly Person[];
  moments: readonly Moment[];
  /** Connections made; the last few weeks are enough. */
  interactions: readonly Interaction[];
  /** Nudges shown (previews left out); the last few weeks are enough. */
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
  /** The message the user wrote ahead for this step (on a late-night card), to send as it is. */
  draftBody?: string;
}

/** Below this, an idea is not worth interrupting anyone's evening for. */
export const MIN_WORTH = 3;
/** The same action about the same thing waits this long before it is suggested to the same person again. */
export const REPEAT_AFTER_DAYS = 7;
/** A person without a cadence is due for an everyday idea after this long without a connection. */
const NO_CADENCE_DUE_DAYS = 30;
/** After a card about someone without a cadence, their everyday ideas rest this long. */
export const NO_CADENCE_REST_DAYS = 14;
/** After a card about someone with a cadence, their everyday ideas rest at most this long. */
const MOST_REST_AFTER_CARD_DAYS = 3;

/** An everyday idea for someone due: worth a card, never as much as anything dated and due. */
const EVERYDAY_WORTH = 4;
const MOST_FOR_OVERDUE = 2.5;
/**
 * On the last days a card can still reach someone within their cadence (and a day's grace), they come
 * before people long overdue: one card keeps this one in rhythm, while the other is late either way.
 */
const LAST_DAYS_BONUS = 1.5;
const EVERYDAY_BONUS: Partial<Record<ActionId, number>> = {
  'check-in': 0.5,
  call: 0.7,
  'voice-note': 0.6,
  'propose-coffee': 0.4,
  'share-article': 0.3,
  'standing-call': 0.3,
  'honest-update': 0.2,
  thank: 0.2,
};

interface Idea extends Suggestion {
  worth: number;
  order: number;
}

function cadencePhrase(days: number): string {
  if (days === 1) return 'every day';
  if (days === 7) return 'every week';
  if (days === 14) return 'every two weeks';
  if (days === 30 || days === 31) return 'every month';
  return `every ${days} days`;
}

const dayCount = (days: number) => (days === 1 ? 'a day' : `${days} days`);

function everydayReason(person: Pick<Person, 'name' | 'cadenceDays'>, daysSince: number | null): string {
  const wish =
    person.cadenceDays === null ? '' : `, and you wanted to be in touch ${cadencePhrase(person.cadenceDays)}`;
  if (daysSince === null) return `You haven't logged a conversation with ${person.name} yet${wish}.`;
  return `It's been ${dayCount(daysSince)} since you were in touch with ${person.name}${wish}.`;
}

/** What Tend remembers of one person's recent days: contact, cards, and the ideas that must wait. */
interface Standing {
  /** Whole calendar days since the latest connection; null when there was none. */
  daysSince: number | null;
  lastContactDay: string | null;
  /** Their cadence (or the stand-in for none) has come, or comes tomorrow. */
  due: boolean;
  /** A card about them, or a connection with them, was recent: everything but what is timely waits. */
  resting: boolean;
  /** A card about them was turned down in the last two days. */
  turnedDown: boolean;
}

/**
 * What the engine reads of the recent past once per question, by person: the latest connection with
 * each, and the cards about each, so that weighing everyone costs one pass over the history.
 */
interface RecentPast {
  now: number;
  today: string;
  lastInteraction: ReadonlyMap<string, number>;
  cardsAbout: ReadonlyMap<string, readonly NudgeRecord[]>;
}

function recentPast({ interactions, nudges, now }: Pick<SuggestInput, 'interactions' | 'nudges' | 'now'>) {
  const lastInteraction = new Map<string, number>();
  for (const interaction of interactions) {
    lastInteraction.set(
      interaction.personId,
      Math.max(lastInteraction.get(interaction.personId) ?? -Infinity, interaction.at),
    );
  }
  const cardsAbout = new Map<string, NudgeRecord[]>();
  for (const nudge of nudges) {
    if (nudge.personId === null || deferred(nudge)) continue;
    const cards = cardsAbout.get(nudge.personId);
    if (cards) cards.push(nudge);
    else cardsAbout.set(nudge.personId, [nudge]);
  }
  return { now, today: dayKey(now), lastInteraction, cardsAbout } satisfies RecentPast;
}

/** What of a person the engine weighs their standing by. */
export type StandingFields = Pick<Person, 'id' | 'cadenceDays' | 'lastContactAt'>;

/** The latest connection with the person, -Infinity when there was none. */
function lastContactOf(person: StandingFields, past: RecentPast): number {
  return Math.max(person.lastContactAt ?? -Infinity, past.lastInteraction.get(person.id) ?? -Infinity);
}

/**
 * Whole days after the latest connection at which a person's everyday ideas are due: their cadence (or
 * the stand-in for none), a day early, so a card can still reach them within it.
 */
export function dueAfterDays(cadenceDays: number | null): number {
  return Math.max(1, (cadenceDays ?? NO_CADENCE_DUE_DAYS) - 1);
}

function standingOf(person: StandingFields, past: RecentPast): Standing {
  const { today } = past;
  const lastContact = lastContactOf(person, past);
  const lastContactDay = Number.isFinite(lastContact) ? dayKey(lastContact) : null;
  const daysSince = lastContactDay === null ? null : daysBetween(lastContactDay, today);
  const due = daysSince === null || daysSince >= dueAfterDays(person.cadenceDays);
  const restAfterContact = person.cadenceDays === null ? 7 : Math.ceil(person.cadenceDays / 2);
  const restAfterCard =
    person.cadenceDays === null
      ? NO_CADENCE_REST_DAYS
      : Math.min(MOST_REST_AFTER_CARD_DAYS, Math.max(1, Math.floor(person.cadenceDays / 4)));
  const cards = past.cardsAbout.get(person.id) ?? [];
  let daysSinceCard = Infinity;
  for (const nudge of cards) daysSinceCard = Math.min(daysSinceCard, daysBetween(dayKey(nudge.at), today));
  const turnedDown = cards.some(
    (nudge) => (nudge.outcome === 'dismissed' || nudge.outcome === 'ignored') && past.now - nudge.at < 2 * 86_400_000,
  );
  return {
    daysSince,
    lastContactDay,
    due,
    resting: daysSinceCard < restAfterCard || (daysSince !== null && daysSince < restAfterContact),
    turnedDown,
  };
}

/**
 * What an everyday idea for someone due is worth before its action's own bonus and rotation: more the
 * longer they are overdue, and more on the last days a card can still keep them in rhythm.
 */
function everydayBase(person: StandingFields, standing: Standing): number {
  const cadence = person.cadenceDays ?? NO_CADENCE_DUE_DAYS;
  const overdue = standing.daysSince === null ? cadence : Math.max(0, standing.daysSince - cadence);
  const forOverdue = Math.min(MOST_FOR_OVERDUE, (overdue / cadence) * 3);
  const daysSince = standing.daysSince;
  const lastDays =
    person.cadenceDays !== null && daysSince !== null && daysSince >= cadence && daysSince <= cadence + 1;
  return EVERYDAY_WORTH + forOverdue + (lastDays ? LAST_DAYS_BONUS : 0);
}

/** What an idea from one of the person's moments is worth before the penalties for them (see `rankIdeas`). */
const momentWorth = (idea: MomentIdea, standing: Standing) => idea.worth + (standing.due ? 0.5 : 0);

/** Whether an idea may come now at all: what is not timely waits for the person's cadence to come round. */
const mayCome = (timely: boolean, standing: Standing) => timely || (!standing.resting && standing.due);

/**
 * A late-night card put its step off to the morning rather than suggesting it: unless the user turned it
 * down, it leaves the person and the idea as they were.
 */
const deferred = (nudge: NudgeRecord) => nudge.night === true && nudge.outcome !== 'dismissed';

const ideaKey = (personId: string | null, actionId: string, momentId: string | null) =>
  `${personId}\u0000${actionId}\u0000${momentId ?? ''}`;

/**
 * Ideas shown in the last week, as keys. A card's passed-over ideas were shown too; the record keeps their
 * person and action but not their moment, so a passed-over action waits for every moment of that person.
 */
function shownLately(nudges: readonly NudgeRecord[], now: number): { exact: Set<string>; anyMoment: Set<string> } {
  const exact = new Set<string>();
  const anyMoment = new Set<string>();
  for (const nudge of nudges) {
    if (now - nudge.at >= REPEAT_AFTER_DAYS * 86_400_000) continue;
    // "Pause here today" speaks of the site, not of the idea: it may come back, elsewhere or tomorrow.
    if (nudge.outcome === 'paused-site' || deferred(nudge)) continue;
    exact.add(ideaKey(nudge.personId, nudge.actionId, nudge.momentId));
    for (const skipped of nudge.skipped) anyMoment.add(ideaKey(skipped.personId, skipped.actionId, null));
  }
  return { exact, anyMoment };
}

/** A step planned late at night is the next day's first, for this long after it was planned. */
export const PLANNED_KEPT_MS = 20 * 3_600_000;
const PLANNED_WORTH = 20;

/**
 * Steps planned on a late-night card, once the user's day has begun: each until a card has shown it again,
 * or the user has been in touch with the person since.
 */
function plannedSteps(input: SuggestInput, people: readonly Person[], lastContact: (p: Person) => number): Idea[] {
  const { now } = input;
  if (input.wakingHours !== null && !inWindow(input.wakingHours, now)) return [];
  const steps: Idea[] = [];
  for (const planned of input.nudges) {
    const plannedAt = planned.decidedAt ?? planned.at;
    if (planned.outcome !== 'planned' || now - plannedAt >= PLANNED_KEPT_MS) continue;
    const person = people.find((p) => p.id === planned.personId);
    if (!person || lastContact(person) > plannedAt) continue;
    const moment = input.moments.find((m) => m.id === planned.momentId);
    if (planned.momentId !== null && (!moment || moment.resolved)) continue;
    const shownAgain = input.nudges.some(
      (later) =>
        later.at > plannedAt &&
        ideaKey(later.personId, later.actionId, later.momentId) ===
          ideaKey(planned.personId, planned.actionId, planned.momentId),
    );
    const order = ACTIONS.findIndex((action) => action.id === planned.actionId);
    if (shownAgain || order < 0) continue;
    steps.push({
      personId: person.id,
      actionId: planned.actionId as ActionId,
      momentId: planned.momentId,
      reason: `You planned this last night, when it was too late to reach ${person.name}.`,
      ...(planned.draftBody === undefined ? {} : { draftBody: planned.draftBody }),
      worth: PLANNED_WORTH,
      order,
    });
  }
  return steps;
}

export function suggest(input: SuggestInput): Suggestion | null {
  return worthShowing(input)[0] ?? null;
}

/** Every suggestion worth a card now, best first. */
export function worthShowing(input: SuggestInput): Suggestion[] {
  return rankIdeas(input).map(({ worth: _w, ...suggestion }) => suggestion);
}

/** A suggestion and what it is worth on the engine's scale. */
export interface RankedSuggestion extends Suggestion {
  worth: number;
}

/** What weighing anyone's ideas takes besides the person and what they shared: read once per question. */
export interface Scales {
  now: number;
  wakingHours: HourWindow | null;
  skip: readonly { personId: string | null; actionId: string }[];
  past: RecentPast;
  lately: { exact: Set<string>; anyMoment: Set<string> };
  /** How often each action was among the last five shown, which everyday ideas rotate away from. */
  shownLast: ReadonlyMap<string, number>;
}

export function scalesFor(input: Omit<SuggestInput, 'people' | 'moments'>): Scales {
  const shownLast = new Map<string, number>();
  const last = [...input.nudges].sort((a, b) => b.at - a.at).slice(0, 5);
  for (const nudge of last) shownLast.set(nudge.actionId, (shownLast.get(nudge.actionId) ?? 0) + 1);
  return {
    now: input.now,
    wakingHours: input.wakingHours,
    skip: input.skip ?? [],
    past: recentPast(input),
    lately: shownLately(input.nudges, input.now),
    shownLast,
  };
}

/** Someone the engine may suggest: the fields it weighs, and the kinds of channel they can be reached on. */
export interface Candidate extends StandingFields {
  name: string;
  reach: ReadonlySet<ChannelKind>;
}

function candidateOf(person: Person): Candidate {
  return { ...person, reach: new Set(person.channels.map((channel) => channel.kind)) };
}

const ACTION_ORDER = new Map(ACTIONS.map((action, order) => [action.id, order]));

/** The ideas about one person, from what they shared and their rhythm, each with its worth. */
function ideasFor(
  person: Candidate,
  moments: readonly Moment[],
  scales: Scales,
  standing = standingOf(person, scales.past),
): Idea[] {
  const { past, now } = scales;
  const raw: { actionId: ActionId; worth: number; timely: boolean; reason: string; momentId: string | null }[] = [];
  const context = { name: person.name, today: past.today, lastContactDay: standing.lastContactDay };
  for (const moment of [...moments].sort((a, b) => a.id.localeCompare(b.id))) {
    for (const idea of momentIdeas(moment, context)) {
      raw.push({ ...idea, worth: momentWorth(idea, standing), momentId: moment.id });
    }
  }
  if (standing.due) {
    const base = everydayBase(person, standing);
    const reason = everydayReason(person, standing.daysSince);
    for (const [actionId, bonus] of Object.entries(EVERYDAY_BONUS) as [ActionId, number][]) {
      const rotation = 0.8 * (scales.shownLast.get(actionId) ?? 0);
      raw.push({ actionId, worth: base + bonus - rotation, timely: false, reason, momentId: null });
    }
  }
  const ideas: Idea[] = [];
  for (const idea of raw) {
    if (!mayCome(idea.timely, standing)) continue;
    if (scales.lately.exact.has(ideaKey(person.id, idea.actionId, idea.momentId))) continue;
    if (scales.lately.anyMoment.has(ideaKey(person.id, idea.actionId, null))) continue;
    if (scales.skip.some((s) => s.personId === person.id && s.actionId === idea.actionId)) continue;
    const order = ACTION_ORDER.get(idea.actionId) ?? -1;
    const action = ACTIONS[order] as Action;
    if (!fitsTime(action, now, scales.wakingHours)) continue;
    const reachable = action.channels.some((kind) => person.reach.has(kind));
    if (action.needsChannel && !reachable) continue;
    const worth = idea.worth - (reachable ? 0 : 0.2) - (standing.turnedDown ? 1.5 : 0);
    ideas.push({
      personId: person.id,
      actionId: idea.actionId,
      momentId: idea.momentId,
      reason: idea.reason,
      worth,
      order,
    });
  }
  return ideas;
}

/**
 * The most any idea about this person can be worth now (-Infinity: none can come), given every moment
 * of theirs that may ask for something timely today (`moment-ideas.ts`). Their other moments can offer
 * nothing but an undated goal, and only when everyday ideas may come. So the background weighs the
 * people who may be due by their rows and these moments alone, and reads in full only those whose ideas
 * could come first.
 */
export function mostWorth(person: Candidate, timelyMoments: readonly Moment[], scales: Scales): number {
  const standing = standingOf(person, scales.past);
  let most = -Infinity;
  for (const idea of ideasFor(person, timelyMoments, scales, standing)) most = Math.max(most, idea.worth);
  return mayCome(false, standing) ? Math.max(most, WORTH.openGoal + 0.5) : most;
}

/**
 * Every suggestion worth a card now, best first, with its worth: ties go to the person whose id comes
 * first, then to the action listed first.
 */
export function rankIdeas(input: SuggestInput): RankedSuggestion[] {
  const scales = scalesFor(input);
  const momentsOf = new Map<string, Moment[]>();
  for (const moment of input.moments) {
    const theirs = momentsOf.get(moment.personId);
    if (theirs) theirs.push(moment);
    else momentsOf.set(moment.personId, [moment]);
  }
  const people = input.people.filter((person) => !person.archived).sort((a, b) => a.id.localeCompare(b.id));
  const ideas = plannedSteps(input, people, (person) => lastContactOf(person, scales.past));
  for (const person of people) ideas.push(...ideasFor(candidateOf(person), momentsOf.get(person.id) ?? [], scales));
  ideas.sort(
    (a, b) =>
      b.worth - a.worth ||
      a.personId.localeCompare(b.personId) ||
      a.order - b.order ||
      (a.momentId ?? '').localeCompare(b.momentId ?? ''),
  );
  return ideas.filter((idea) => idea.worth >= MIN_WORTH).map(({ order: _o, ...suggestion }) => suggestion);
}
