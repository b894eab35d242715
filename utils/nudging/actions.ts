/**
 * The catalogue of concrete things to do for someone, in Tend's voice. Each
 * comes from a practice of authentic connection: follow up on what people
 * share, ask about their goals, celebrate their milestones, trade a like for
 * a voice or a visit, say how you really are, make time a habit.
 *
 * Longer than most files on purpose: the whole catalogue side by side, so
 * its sixteen voices read as one and a new action is written beside them.
 */

import { daytimeOf, type HourWindow, inWindow } from '../platform/hour-window';
import type { ChannelKind, InteractionKind, MomentKind } from '../records/types';
import { CALL_KINDS, MESSAGE_KINDS, VOICE_NOTE_KINDS } from './channels';

export type ActionId =
  | 'check-in'
  | 'follow-up'
  | 'empathize'
  | 'ask-goal'
  | 'celebrate'
  | 'date-ahead'
  | 'mark-date'
  | 'belated-date'
  | 'shared-value'
  | 'share-article'
  | 'propose-coffee'
  | 'standing-call'
  | 'voice-note'
  | 'call'
  | 'honest-update'
  | 'thank';

/** What an action is written about: the person and, for some, what they shared. */
export interface ActionSubject {
  /** Their name as the user typed it, for the title the user reads. */
  name: string;
  /** What the user calls them (`nameInMessage`), for the words sent to them. */
  callName: string;
  moment?: string;
}

export interface Draft {
  subject: string;
  body: string;
}

export interface Action {
  id: ActionId;
  /** The card's headline, naming the person in full. */
  title: (subject: Pick<ActionSubject, 'name'>) => string;
  /** A message to send as it is, or to edit first; it has no full name to reach for, only what the user calls them. */
  draft: (subject: Omit<ActionSubject, 'name'>) => Draft;
  /** Channels it can be done on; message actions can also be copied and sent anywhere. */
  channels: readonly ChannelKind[];
  /** Whether it needs one of `channels` (a call needs a number); otherwise copying the draft will do. */
  needsChannel: boolean;
  /**
   * When it is kind to suggest, within the user's waking hours: a message
   * fits any waking hour; a call, a voice note or an invitation waits for
   * the daytime part of it (see `daytimeOf`).
   */
  time: 'waking' | 'daytime';
  /** The kind of thing they shared that the action is about, if any. */
  about?: readonly MomentKind[];
  /** How the connection is logged when the user says they did it. */
  records: InteractionKind;
}

export const ACTIONS: readonly Action[] = [
  {
    id: 'follow-up',
    title: ({ name }) => `Ask ${name} how it went`,
    draft: ({ callName, moment }) => ({
      subject: 'How did it go?',
      body: `Hi ${callName}, I was thinking about what you told me: ${moment}. How did it go?`,
    }),
    channels: MESSAGE_KINDS,
    needsChannel: false,
    time: 'waking',
    about: ['challenge', 'news'],
    records: 'message',
  },
  {
    id: 'empathize',
    title: ({ name }) => `Check in on ${name}`,
    draft: ({ callName, moment }) => ({
      subject: 'Thinking of you',
      body: `Hi ${callName}, I keep thinking about what you shared: ${moment}. That sounds really hard. How are you holding up? I'm here if you want to talk it through.`,
    }),
    channels: MESSAGE_KINDS,
    needsChannel: false,
    time: 'waking',
    about: ['challenge'],
    records: 'message',
  },
  {
    id: 'ask-goal',
    title: ({ name }) => `Ask ${name} about their goal`,
    draft: ({ callName, moment }) => ({
      subject: 'How is it going?',
      body: `Hi ${callName}, how is it going with ${moment}? I'd love to hear where you are with it, and if there's anything I can do to help, say the word.`,
    }),
    channels: MESSAGE_KINDS,
    needsChannel: false,
    time: 'waking',
    about: ['goal'],
    records: 'message',
  },
  {
    id: 'celebrate',
    title: ({ name }) => `Celebrate with ${name}`,
    draft: ({ callName, moment }) => ({
      subject: 'Congratulations!',
      body: `${callName}, congratulations on ${moment}! That's a big deal. How does it feel?`,
    }),
    channels: MESSAGE_KINDS,
    needsChannel: false,
    time: 'waking',
    about: ['milestone'],
    records: 'message',
  },
  {
    id: 'date-ahead',
    title: ({ name }) => `Send ${name} a word ahead of their day`,
    draft: ({ callName, moment }) => ({
      subject: 'Thinking of you',
      body: `Hi ${callName}, your ${moment} is coming up, and I'm thinking of you. I hope it's a good one.`,
    }),
    channels: MESSAGE_KINDS,
    needsChannel: false,
    time: 'waking',
    about: ['date'],
    records: 'message',
  },
  {
    id: 'mark-date',
    title: ({ name }) => `Remember ${name}'s day`,
    draft: ({ callName, moment }) => ({
      subject: `Happy ${moment}!`,
      body: `Hi ${callName}, happy ${moment}! Thinking of you today, and I hope it's a wonderful one.`,
    }),
    channels: MESSAGE_KINDS,
    needsChannel: false,
    time: 'waking',
    about: ['date'],
    records: 'message',
  },
  {
    id: 'belated-date',
    title: ({ name }) => `Send ${name} a belated word`,
    draft: ({ callName, moment }) => ({
      subject: `Happy belated ${moment}`,
      body: `Hi ${callName}, I'm a little late, but happy belated ${moment}! I hope it was a good one. How was it?`,
    }),
    channels: MESSAGE_KINDS,
    needsChannel: false,
    time: 'waking',
    about: ['date'],
    records: 'message',
  },
  {
    id: 'shared-value',
    title: ({ name }) => `Tell ${name} what you share`,
    draft: ({ callName, moment }) => ({
      subject: 'Something I appreciate about you',
      body: `Hi ${callName}, I was thinking about how we both care about ${moment}. I really value that about you.`,
    }),
    channels: MESSAGE_KINDS,
    needsChannel: false,
    time: 'waking',
    about: ['value'],
    records: 'message',
  },
  {
    id: 'check-in',
    title: ({ name }) => `Send ${name} a personal message`,
    draft: ({ callName }) => ({
      subject: 'Thinking of you',
      body: `Hi ${callName}, you crossed my mind just now. How are you doing, really?`,
    }),
    channels: MESSAGE_KINDS,
    needsChannel: false,
    time: 'waking',
    records: 'message',
  },
  {
    id: 'share-article',
    title: ({ name }) => `Share something ${name} would like`,
    draft: ({ callName }) => ({
      subject: 'Saw this and thought of you',
      body: `Hi ${callName}, I came across this and thought of you: [paste the link]. Curious what you make of it!`,
    }),
    channels: MESSAGE_KINDS,
    needsChannel: false,
    time: 'waking',
    records: 'message',
  },
  {
    id: 'propose-coffee',
    title: ({ name }) => `Propose a coffee with ${name}`,
    draft: ({ callName }) => ({
      subject: 'Coffee this week?',
      body: `Hi ${callName}! Would you be up for a coffee or a walk sometime this week? I'd love to catch up properly.`,
    }),
    channels: MESSAGE_KINDS,
    needsChannel: false,
    time: 'daytime',
    records: 'message',
  },
  {
    id: 'standing-call',
    title: ({ name }) => `Set up a regular call with ${name}`,
    draft: ({ callName }) => ({
      subject: 'A regular call?',
      body: `Hi ${callName}, I'd love for us to talk more often. How about a standing call, say every other Sunday? Even half an hour would be great.`,
    }),
    channels: MESSAGE_KINDS,
    needsChannel: false,
    time: 'daytime',
    records: 'message',
  },
  {
    id: 'voice-note',
    title: ({ name }) => `Send ${name} a voice note instead of a like`,
    draft: ({ callName }) => ({
      subject: 'A voice note',
      body: `(Say it out loud) Hey ${callName}! Sending you this instead of just liking your post. Here's what I've been up to… and I want to hear how you are.`,
    }),
    channels: VOICE_NOTE_KINDS,
    needsChannel: true,
    time: 'daytime',
    records: 'voice-note',
  },
  {
    id: 'call',
    title: ({ name }) => `Call ${name} instead of scrolling`,
    draft: ({ callName }) => ({
      subject: 'Quick call?',
      body: `Hi ${callName}, are you free for a quick call? I'd love to hear your voice.`,
    }),
    channels: CALL_KINDS,
    needsChannel: true,
    time: 'daytime',
    records: 'call',
  },
  {
    id: 'honest-update',
    title: ({ name }) => `Tell ${name} how you really are`,
    draft: ({ callName }) => ({
      subject: 'An honest update',
      body: `Hi ${callName}, honest update from me: this week has been a bit much, but I'm getting through it. How are you, really?`,
    }),
    channels: MESSAGE_KINDS,
    needsChannel: false,
    time: 'waking',
    records: 'message',
  },
  {
    id: 'thank',
    title: ({ name }) => `Thank ${name} for something specific`,
    draft: ({ callName }) => ({
      subject: 'Thank you',
      body: `Hi ${callName}, I don't think I ever properly thanked you for [what they did]. It meant a lot to me.`,
    }),
    channels: MESSAGE_KINDS,
    needsChannel: false,
    time: 'waking',
    records: 'message',
  },
];

export function actionById(id: string): Action | undefined {
  return ACTIONS.find((action) => action.id === id);
}

/** Whether the action suits the time `now`, given the user’s waking hours (null when every hour suits). */
export function fitsTime(action: Action, now: number, wakingHours: HourWindow | null): boolean {
  if (wakingHours === null) return true;
  return inWindow(action.time === 'daytime' ? daytimeOf(wakingHours) : wakingHours, now);
}
