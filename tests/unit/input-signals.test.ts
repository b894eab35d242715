import { describe, expect, it } from 'vitest';
import { isEditable, watchInput } from '../../utils/detection/input-signals';

type Handler = (event: Event) => void;

/** A window that delivers each event to the listeners added for its type. */
function harness() {
  let listeners: { type: string; handler: Handler }[] = [];
  const { signals, rearm } = watchInput((type, handler) => {
    const listener = { type, handler };
    listeners.push(listener);
    return () => {
      listeners = listeners.filter((other) => other !== listener);
    };
  });
  const fire = (type: string, init: { isTrusted?: boolean; timeStamp: number; key?: string; target?: object }) => {
    const event = {
      type,
      isTrusted: init.isTrusted ?? true,
      timeStamp: init.timeStamp,
      key: init.key,
      composedPath: () => [init.target ?? { tagName: 'BODY' }],
    } as unknown as Event;
    for (const listener of listeners) if (listener.type === type) listener.handler(event);
  };
  return { fire, signals, rearm, types: () => listeners.map((listener) => listener.type) };
}

describe('input signals', () => {
  it('stores the time of trusted wheel, touch and scroll-key input', () => {
    const { signals, fire, rearm } = harness();
    fire('wheel', { timeStamp: 10 });
    expect(signals.lastScrollAt).toBe(10);
    rearm();
    fire('touchmove', { timeStamp: 20 });
    expect(signals.lastScrollAt).toBe(20);
    fire('keydown', { timeStamp: 30, key: 'PageDown' });
    expect(signals.lastScrollAt).toBe(30);
    fire('keydown', { timeStamp: 40, key: 'a' });
    expect(signals.lastScrollAt).toBe(30);
  });

  it('listens once per kind of input, for good', () => {
    const { types, rearm } = harness();
    const kinds = ['input', 'keydown', 'pointercancel', 'pointerdown', 'pointerup', 'touchmove', 'wheel'];
    expect(types().sort()).toEqual(kinds.sort());
    rearm();
    rearm();
    expect(types().sort()).toEqual(kinds.sort());
  });

  it('takes the first wheel or touch of each second (each arming), and lets the rest by', () => {
    const { signals, fire, rearm } = harness();
    for (let t = 0; t < 1_000; t += 16) fire('wheel', { timeStamp: t });
    fire('touchmove', { timeStamp: 1_001 });
    expect(signals.lastScrollAt).toBe(0);
    rearm();
    for (let t = 1_010; t < 2_000; t += 16) fire('touchmove', { timeStamp: t });
    expect(signals.lastScrollAt).toBe(1_010);
    rearm();
    fire('wheel', { timeStamp: 2_020 });
    expect(signals.lastScrollAt).toBe(2_020);
  });

  it('never counts events the page dispatched itself, and still hears real ones after them', () => {
    const { signals, fire } = harness();
    for (const type of ['wheel', 'touchmove', 'pointerdown', 'scroll', 'input']) {
      fire(type, { timeStamp: 5, isTrusted: false });
    }
    fire('keydown', { timeStamp: 5, isTrusted: false, key: 'PageDown' });
    expect(signals).toEqual({ lastScrollAt: -Infinity, lastTypingAt: -Infinity, pointerDown: false });
    // The page's own wheel did not use up the second: the next real one is taken.
    fire('wheel', { timeStamp: 7 });
    expect(signals.lastScrollAt).toBe(7);
  });

  it('counts scroll events only while a trusted pointer drags the scrollbar, and hears none otherwise', () => {
    const { signals, fire, types } = harness();
    fire('scroll', { timeStamp: 10 });
    expect(signals.lastScrollAt).toBe(-Infinity);
    fire('pointerdown', { timeStamp: 11 });
    fire('scroll', { timeStamp: 12 });
    expect(signals.lastScrollAt).toBe(12);
    expect(types()).toContain('scroll');
    fire('pointerup', { timeStamp: 13 });
    fire('scroll', { timeStamp: 14 });
    expect(signals.lastScrollAt).toBe(12);
    expect(types()).not.toContain('scroll');
  });

  it('treats keys pressed in a text field as typing, even scroll keys', () => {
    const { signals, fire } = harness();
    fire('keydown', { timeStamp: 50, key: ' ', target: { tagName: 'TEXTAREA' } });
    expect(signals.lastTypingAt).toBe(50);
    expect(signals.lastScrollAt).toBe(-Infinity);
    fire('input', { timeStamp: 60 });
    expect(signals.lastTypingAt).toBe(60);
  });

  it('recognises editable targets', () => {
    expect(isEditable({ tagName: 'TEXTAREA' } as unknown as EventTarget)).toBe(true);
    expect(isEditable({ tagName: 'INPUT', type: 'search' } as unknown as EventTarget)).toBe(true);
    expect(isEditable({ tagName: 'INPUT', type: 'checkbox' } as unknown as EventTarget)).toBe(false);
    expect(isEditable({ tagName: 'DIV', isContentEditable: true } as unknown as EventTarget)).toBe(true);
    expect(isEditable({ tagName: 'DIV', getAttribute: () => 'textbox' } as unknown as EventTarget)).toBe(true);
    expect(isEditable({ tagName: 'DIV', getAttribute: () => null } as unknown as EventTarget)).toBe(false);
    expect(isEditable(null)).toBe(false);
  });
});
