/** What the pages call Tend's kinds of things, in one place so every page says the same. */
import type { InteractionKind, MomentKind, NudgeOutcome } from '../utils/records/types';

export const INTERACTION_LABELS: Record<InteractionKind, string> = {
  message: 'Message',
  call: 'Call',
  video: 'Video call',
  'voice-note': 'Voice note',
  'in-person': 'In person',
  other: 'Other',
};

export const MOMENT_LABELS: Record<MomentKind, string> = {
  challenge: 'A challenge',
  goal: 'A goal',
  milestone: 'A milestone',
  date: 'An important date',
  value: 'A value you share',
  news: 'News',
};

export const OUTCOME_LABELS: Record<NudgeOutcome, string> = {
  shown: 'Still showing',
  acted: 'Acted on',
  done: 'Done',
  snoozed: 'Snoozed',
  dismissed: 'Not now',
  // Read on any later day, and over weeks in Insights: the day it was, not "today".
  'paused-site': 'Paused for the day',
  ignored: 'Ignored',
  planned: 'Planned for the morning',
  'closed-feed': 'Closed the feed',
};
