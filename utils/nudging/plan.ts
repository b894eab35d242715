/**
 * What a suggestion shows: the person, the action, why, the drafted message
 * and the ways to send it. A nudge card shows one (with its nudge's state);
 * the popup shows the suggestion for right now. Only Tend's own pages receive
 * these; the content script that mounts a card never sees one.
 */

import { nameInMessage } from '../people/call-name';
import { isPreview } from '../records/preview';
import type { Channel, Moment, NudgeOutcome, NudgeRecord, Person } from '../records/types';
import { siteLabel } from '../sites/label';
import { actionById, type Draft } from './actions';
import { type ChannelLink, channelLink } from './channels';

/** The action id of a nudge that invites a user with no people yet to add some. */
export const INVITE_ACTION = 'add-people';

export interface PlanLink extends ChannelLink {
  /** The channel the link was built from, to build it again with an edited message. */
  channel: Channel;
}

export interface SuggestionView {
  personId: string;
  personName: string;
  actionId: string;
  momentId: string | null;
  title: string;
  reason: string;
  draft: Draft;
  /** Ways to start the conversation, best first; the draft can always be copied too. */
  links: PlanLink[];
}

export interface NudgePlan {
  nudgeId: string;
  outcome: NudgeOutcome;
  /** Shown from the options page, not on a feed: nothing to count, nowhere to pause. */
  preview: boolean;
  siteName: string;
  passiveMinutes: number;
  /** No people yet: the card invites the user to add some. */
  invite: boolean;
  personName: string | null;
  title: string;
  reason: string;
  draft: Draft;
  links: PlanLink[];
  /** Shown late at night: the card offers to plan the step for the morning instead; null by day. */
  night: NightPlan | null;
}

/** What a late-night card knows of the morning. */
export interface NightPlan {
  /** When the user's waking hours begin, as a 24-hour clock reads it ("07:00"). */
  wakeAt: string;
  /** The people Tend will bring up then, first few only. */
  tomorrow: string[];
}

const INVITE: Pick<NudgePlan, 'title' | 'reason' | 'draft'> = {
  title: 'Who would you like to be closer to?',
  reason:
    'Tend turns scrolling time into time with people you care about. Add the first two or three, and it will suggest one small step at a time.',
  draft: { subject: '', body: '' },
};

/** A suggestion's view, or undefined when its action is unknown. */
export function viewSuggestion(
  idea: { actionId: string; momentId: string | null; reason: string; draftBody?: string },
  person: Person,
  moment: Moment | undefined,
): SuggestionView | undefined {
  const action = actionById(idea.actionId);
  if (!action) return undefined;
  const subject = {
    name: person.name,
    callName: nameInMessage(person),
    ...(moment ? { moment: moment.text } : {}),
  };
  const drafted = action.draft(subject);
  // A message the user wrote ahead (on a late-night card) is given back as they wrote it.
  const draft = idea.draftBody === undefined ? drafted : { ...drafted, body: idea.draftBody };
  const links: PlanLink[] = [];
  for (const kind of action.channels) {
    for (const channel of person.channels.filter((c) => c.kind === kind)) {
      try {
        links.push({ ...channelLink(channel, person.name, draft), channel });
      } catch {
        // A stored value that no longer passes the checks is simply not offered.
      }
    }
  }
  return {
    personId: person.id,
    personName: person.name,
    actionId: action.id,
    momentId: moment ? moment.id : null,
    title: action.title(subject),
    reason: idea.reason,
    draft,
    links,
  };
}

export function buildPlan(
  nudge: NudgeRecord,
  person: Person | undefined,
  moment: Moment | undefined,
  night: NightPlan | null = null,
): NudgePlan {
  const base = {
    nudgeId: nudge.id,
    outcome: nudge.outcome,
    preview: isPreview(nudge),
    siteName: siteLabel(nudge.site),
    passiveMinutes: nudge.passiveMinutes,
  };
  const view = person ? viewSuggestion(nudge, person, moment) : undefined;
  if (!view) return { ...base, invite: true, personName: null, ...INVITE, links: [], night: null };
  return {
    ...base,
    invite: false,
    personName: view.personName,
    title: view.title,
    reason: view.reason,
    draft: view.draft,
    links: view.links,
    night,
  };
}
