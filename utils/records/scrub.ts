import type { NudgeRecord } from './types';

/** What a nudge says once the thing it was about is deleted: the nudge stays in the history, its words do not. */
export const REMOVED_MOMENT_REASON = 'About something they shared that you removed from Tend.';

/**
 * A nudge about a moment that is gone, without the moment's id or the words that quoted it — its reason,
 * and a message written ahead, which was about it too.
 */
export function withoutMoment(nudge: NudgeRecord): NudgeRecord {
  const { draftBody: _written, ...rest } = nudge;
  return { ...rest, momentId: null, reason: REMOVED_MOMENT_REASON };
}
