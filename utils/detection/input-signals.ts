/**
 * Listens for the input the detector needs — trusted scrolling and typing —
 * at the lowest cost a page can notice.
 *
 * The detector samples once a second and only needs the latest time of each
 * kind of input, to within a second. So every listener is passive, capturing
 * and one-shot: the first event of a kind stores `event.timeStamp` and the
 * listener removes itself until the sampler re-arms it. Whatever the scroll
 * rate, at most one event of each kind per second reaches Tend's code; the
 * rest are never dispatched to it. No layout reads, no allocation.
 *
 * Events the page dispatched itself (`isTrusted === false`) never count, and
 * re-arm the listener at once so they cannot hide real input.
 */

export interface InputSignals {
  /** Latest trusted scroll input: wheel, touch, a scroll key, or a scrollbar drag. */
  lastScrollAt: number;
  /** Latest trusted typing into an editable field. */
  lastTypingAt: number;
  /** A trusted pointer is down: scroll events now are probably a scrollbar drag. */
  pointerDown: boolean;
}

/** Adds a one-shot, passive, capturing listener tied to the script's lifetime. */
export type ListenOnce = (type: string, handler: (event: Event) => void) => void;

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

export interface InputWatch {
  readonly signals: InputSignals;
  /** Re-adds every listener that fired since the last call; the sampler calls it each tick. */
  rearm(): void;
}

export function watchInput(listenOnce: ListenOnce): InputWatch {
  const signals: InputSignals = { lastScrollAt: -Infinity, lastTypingAt: -Infinity, pointerDown: false };
  const armed = new Set<string>();

  const scrolled = (event: Event) => {
    signals.lastScrollAt = event.timeStamp;
  };
  const typed = (event: Event) => {
    signals.lastTypingAt = event.timeStamp;
  };
  const released = () => {
    signals.pointerDown = false;
  };
  const handlers: Record<string, (event: Event) => void> = {
    wheel: scrolled,
    touchmove: scrolled,
    input: typed,
    pointerup: released,
    pointercancel: released,
    pointerdown: () => {
      signals.pointerDown = true;
      arm('scroll');
    },
    // Only armed while a pointer is down: page and wheel scrolling also fire scroll events.
    scroll: (event) => {
      if (signals.pointerDown) scrolled(event);
    },
    keydown: (event) => {
      const target = event.composedPath()[0];
      if (isEditable(target)) typed(event);
      else if (SCROLL_KEYS.has((event as KeyboardEvent).key)) scrolled(event);
    },
  };

  function arm(type: string): void {
    const handle = handlers[type];
    if (!handle || armed.has(type)) return;
    armed.add(type);
    listenOnce(type, (event) => {
      armed.delete(type);
      if (event.isTrusted) handle(event);
      else arm(type);
    });
  }

  function rearm(): void {
    for (const type of Object.keys(handlers)) {
      if (type !== 'scroll' || signals.pointerDown) arm(type);
    }
  }

  rearm();
  return { signals, rearm };
}
