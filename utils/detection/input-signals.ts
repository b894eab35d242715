/**
 * Listens for the input the detector needs — trusted scrolling and typing —
 * in a way no page can blind, at a cost no page can notice.
 *
 * Every listener is added once, when the script starts at `document_start`,
 * before any script of the page runs, passive and capturing on the window:
 * so each runs before any listener the page adds to the window, and a page
 * that stops an event's propagation (even `stopImmediatePropagation` in its
 * own capturing listener) stops it after Tend has seen it. The one exception
 * is `scroll`, heard only while a pointer is down (a scrollbar drag): a page
 * can hide drags from Tend, not wheels, touches or keys.
 *
 * A wheel or a touch fires dozens of times a second, and the detector needs
 * one a second. So their listener is armed once a second (`rearm`, from the
 * detector's tick): armed, it takes the first trusted event and disarms;
 * disarmed, it returns without touching the event. Entering Tend's world is
 * the one cost left per event; reading the event (`isTrusted` above all)
 * would double it. The latest time it keeps is the first of each second's
 * scrolling, so a sitting's end may be counted up to a second short, never
 * long. Other listeners store `event.timeStamp` and nothing else: no layout
 * reads, no allocation.
 *
 * Events the page dispatched itself (`isTrusted === false`) never count,
 * and never disarm a listener.
 */

export interface InputSignals {
  /** Latest trusted scroll input: wheel, touch, a scroll key, or a scrollbar drag. */
  lastScrollAt: number;
  /** Latest trusted typing into an editable field. */
  lastTypingAt: number;
  /** A trusted pointer is down: scroll events now are probably a scrollbar drag. */
  pointerDown: boolean;
}

/** Keys that scroll a page when focus is not in a text field. */
const SCROLL_KEYS = new Set(['ArrowDown', 'ArrowUp', 'PageDown', 'PageUp', 'Home', 'End', ' ', 'j', 'k']);

const TEXT_INPUT_TYPES = new Set(['text', 'search', 'email', 'url', 'tel', 'password', 'number', '']);

interface EditableCandidate {
  isContentEditable?: boolean;
  tagName?: string;
  type?: string;
  getAttribute?: (name: string) => string | null;
}

export function isEditable(target: EventTarget | null | undefined): boolean {
  if (!target) return false;
  const element = target as EditableCandidate;
  if (element.isContentEditable) return true;
  if (element.tagName === 'TEXTAREA') return true;
  if (element.tagName === 'INPUT') return TEXT_INPUT_TYPES.has(element.type ?? '');
  return element.getAttribute?.('role') === 'textbox';
}

/** Adds a passive, capturing listener on the window, for the script's life; returns what removes it sooner. */
export type Listen = (type: string, handler: (event: Event) => void) => () => void;

export interface InputWatch {
  signals: InputSignals;
  /** Lets the wheel and touch listener take the next trusted event: once a second while counting. */
  rearm(): void;
}

export function watchInput(listen: Listen): InputWatch {
  const signals: InputSignals = { lastScrollAt: -Infinity, lastTypingAt: -Infinity, pointerDown: false };

  const scrolled = (event: Event) => {
    if (event.isTrusted) signals.lastScrollAt = event.timeStamp;
  };
  let armed = true;
  // Runs for every wheel and touch: one check, and only once a second anything more.
  const wheeledOrTouched = (event: Event) => {
    if (!armed || !event.isTrusted) return;
    armed = false;
    signals.lastScrollAt = event.timeStamp;
  };
  // Page and wheel scrolling fire scroll events too, dozens a second: only a scroll while a pointer is down
  // (dragging a scrollbar) is the user's own, so only then is Tend listening for them.
  let stopHearingScrolls: (() => void) | null = null;
  const released = (event: Event) => {
    if (!event.isTrusted) return;
    signals.pointerDown = false;
    stopHearingScrolls?.();
    stopHearingScrolls = null;
  };
  const handlers: Record<string, (event: Event) => void> = {
    wheel: wheeledOrTouched,
    touchmove: wheeledOrTouched,
    input: (event) => {
      if (event.isTrusted) signals.lastTypingAt = event.timeStamp;
    },
    pointerup: released,
    pointercancel: released,
    pointerdown: (event) => {
      if (!event.isTrusted) return;
      signals.pointerDown = true;
      stopHearingScrolls ??= listen('scroll', scrolled);
    },
    keydown: (event) => {
      if (!event.isTrusted) return;
      if (isEditable(event.composedPath()[0])) signals.lastTypingAt = event.timeStamp;
      else if (SCROLL_KEYS.has((event as KeyboardEvent).key)) signals.lastScrollAt = event.timeStamp;
    },
  };
  for (const [type, handle] of Object.entries(handlers)) listen(type, handle);
  return {
    signals,
    rearm: () => {
      armed = true;
    },
  };
}
