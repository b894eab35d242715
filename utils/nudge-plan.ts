/**
 * What a nudge card shows, built from the nudge record and the person it is
 * about. Only Tend's own pages receive it (the card runs in an extension
 * iframe); the content script that mounts the card never sees it.
 */
import { actionById, type Draft } from './actions';
import { type ChannelLink, channelLink } from './channels';
import type { Channel, Moment, NudgeOutcome, NudgeRecord, Person } from './db/schema';

/** The action id of a nudge that invites a user with no people yet to add some. */
export const INVITE_ACTION = 'add-people';

export interface NudgePlan {
  nudgeId: string;
  outcome: NudgeOutcome;
  siteName: string;
  passiveMinutes: number;
  /** No people yet: the card invites the user to add some. */
  invite: boolean;
  personName: string | null;
  title: string;
  reason: string;
  draft: Draft;
  /** Ways to start the conversation, best first; the draft can always be copied too. */
  links: PlanLink[];
}

export interface PlanLink extends ChannelLink {
  /** The channel the link was built from, to build it again with an edited message. */
  channel: Channel;
}

const INVITE: Pick<NudgePlan, 'title' | 'reason' | 'draft'> = {
  title: 'Who would you like to be closer to?',
  reason:
    'Tend turns scrolling time into time with people you care about. Add the first two or three, and it will suggest one small step at a time.',
  draft: { subject: '', body: '' },
};

export function buildPlan(
  nudge: NudgeRecord,
  person: Person | undefined,
  moment: Moment | undefined,
  siteName: string,
): NudgePlan {
  const base = { nudgeId: nudge.id, outcome: nudge.outcome, siteName, passiveMinutes: nudge.passiveMinutes };
  const action = actionById(nudge.actionId);
  if (!person || !action) return { ...base, invite: true, personName: null, ...INVITE, links: [] };
  const subject = { name: person.name, ...(moment ? { moment: moment.text } : {}) };
  const draft = action.draft(subject);
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
    ...base,
    invite: false,
    personName: person.name,
    title: action.title(subject),
    reason: nudge.reason,
    draft,
    links,
  };
}
