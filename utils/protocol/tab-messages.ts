/**
 * The one message the background sends to a content script: take a nudge's
 * card down. It carries the nudge id and nothing else.
 */
export interface CloseCard {
  type: 'nudge/close';
  nudgeId: string;
}

export function isCloseCard(message: unknown): message is CloseCard {
  if (typeof message !== 'object' || message === null) return false;
  const { type, nudgeId } = message as Record<string, unknown>;
  return type === 'nudge/close' && typeof nudgeId === 'string';
}
