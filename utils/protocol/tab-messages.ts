/**
 * The messages the background sends to a content script: take a nudge's card
 * down (it carries the nudge id and nothing else), and move the keyboard's
 * focus into the card or back (nothing at all). Neither names anyone.
 */
export interface CloseCard {
  type: 'nudge/close';
  nudgeId: string;
}

export interface FocusCard {
  type: 'card/focus';
}

/** The manifest's command for the keyboard shortcut that moves focus into the card and back. */
export const FOCUS_CARD_COMMAND = 'focus-card';

export function isCloseCard(message: unknown): message is CloseCard {
  if (typeof message !== 'object' || message === null) return false;
  const { type, nudgeId } = message as Record<string, unknown>;
  return type === 'nudge/close' && typeof nudgeId === 'string';
}

export function isFocusCard(message: unknown): message is FocusCard {
  return typeof message === 'object' && message !== null && (message as Record<string, unknown>).type === 'card/focus';
}
