/**
 * Classifies input events into the two timestamps the detector needs. Each
 * handler does a type check and stores `event.timeStamp`: no layout reads,
 * no allocation on the scroll path. Events the page dispatched itself
 * (`isTrusted === false`) never count.
 */

export interface InputSignals {
  lastScrollAt: number;
  lastTypingAt: number;
  /** A trusted pointer is down: scroll events now are probably a scrollbar drag. */
  pointerDown: boolean;
}

export function createInputSignals(): InputSignals {
  return { lastScrollAt: -Infinity, lastTypingAt: -Infinity, pointerDown: false };
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

type Listen = (type: string, handler: (event: Event) => void) => void;

/** Wires the signals to `listen`, which must add passive capture listeners tied to the script's lifetime. */
export function recordInputSignals(signals: InputSignals, listen: Listen): void {
  const scrolled = (event: Event) => {
    if (event.isTrusted) signals.lastScrollAt = event.timeStamp;
  };
  listen('wheel', scrolled);
  listen('touchmove', scrolled);
  listen('scroll', (event) => {
    if (signals.pointerDown && event.isTrusted) signals.lastScrollAt = event.timeStamp;
  });
  listen('pointerdown', (event) => {
    if (event.isTrusted) signals.pointerDown = true;
  });
  const released = (event: Event) => {
    if (event.isTrusted) signals.pointerDown = false;
  };
  listen('pointerup', released);
  listen('pointercancel', released);
  listen('keydown', (event) => {
    if (!event.isTrusted) return;
    const target = event.composedPath()[0];
    if (isEditable(target)) signals.lastTypingAt = event.timeStamp;
    else if (SCROLL_KEYS.has((event as KeyboardEvent).key)) signals.lastScrollAt = event.timeStamp;
  });
  listen('input', (event) => {
    if (event.isTrusted) signals.lastTypingAt = event.timeStamp;
  });
}
