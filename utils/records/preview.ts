/**
 * A preview is not a nudge. The options page's preview shows a real card,
 * and a card asks for its plan by a nudge id, so a preview is stored among
 * the nudges; but nobody was scrolling and nothing was suggested to them in
 * a feed. So everything that tells what happened leaves previews out (the
 * history, Insights, the engine's memory of what it suggested, backups),
 * and upkeep deletes them once their card has surely been answered.
 */
import { PREVIEW_SITE } from '../sites/label';
import type { NudgeRecord } from './types';

export function isPreview(nudge: Pick<NudgeRecord, 'site'>): boolean {
  return nudge.site === PREVIEW_SITE;
}

/** How long a preview is kept: its card stays up on the options page until answered, and a day is plenty. */
export const PREVIEW_KEPT_MS = 86_400_000;
