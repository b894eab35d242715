import { useCallback, useEffect, useRef, useState } from 'preact/hooks';
import { systemClock } from '../utils/platform/clock';
import type { MessageData, MessageResult, MessageType } from '../utils/protocol/messages';
import { request } from '../utils/protocol/request';
import { messageOf } from './errors';

export type Loaded<T> = { status: 'loading' } | { status: 'ready'; value: T } | { status: 'error'; message: string };

/** Answers asked for ahead of the components that show them, by message and data, with when they were asked. */
const early = new Map<string, { answer: Promise<unknown>; at: number }>();

/** An answer asked for ahead and not taken by then belongs to a view that never came: it is asked for afresh. */
const EARLY_KEPT_MS = 5_000;

const keyOf = (type: MessageType, data: unknown) => `${type} ${JSON.stringify(data)}`;

/**
 * Asks the background now for what a view about to render will ask (while
 * the page is still loading, or beside another request it would otherwise
 * wait for): the background works meanwhile, and the first `useRequest`
 * for the same message and data takes this answer as it mounts.
 */
export function askEarly<K extends MessageType>(type: K, data: MessageData<K>): void {
  const answer = request(type, data);
  // The useRequest that takes it reports a failure; one never taken has nobody to tell.
  answer.catch(() => {});
  early.set(keyOf(type, data), { answer, at: systemClock.now() });
}

/** The answer asked for ahead for this message and data, for a view that asks without `useRequest`. */
export function askedEarly<K extends MessageType>(
  type: K,
  data: MessageData<K>,
): Promise<MessageResult<K>> | undefined {
  return takeEarly(keyOf(type, data)) as Promise<MessageResult<K>> | undefined;
}

function takeEarly(key: string): Promise<unknown> | undefined {
  const asked = early.get(key);
  early.delete(key);
  return asked && systemClock.now() - asked.at < EARLY_KEPT_MS ? asked.answer : undefined;
}

/**
 * Loads one protocol result for a page, with a `reload` for after changes.
 * When the data asked for changes before an answer arrives, only the answer
 * to the latest request is kept.
 */
export function useRequest<K extends MessageType>(type: K, data: MessageData<K>) {
  const [state, setState] = useState<Loaded<MessageResult<K>>>({ status: 'loading' });
  const latest = useRef(0);
  const key = keyOf(type, data);
  // `key` stands in for `data`, which callers pass as a fresh object literal on every render.
  const load = useCallback(
    async (mounting: boolean) => {
      const asked = ++latest.current;
      const asking = mounting ? (takeEarly(key) as Promise<MessageResult<K>> | undefined) : undefined;
      try {
        const value = await (asking ?? request(type, data));
        if (asked === latest.current) setState({ status: 'ready', value });
      } catch (error) {
        if (asked === latest.current) {
          setState({ status: 'error', message: messageOf(error) });
        }
      }
    },
    [type, key],
  );
  useEffect(() => {
    void load(true);
  }, [load]);
  const reload = useCallback(() => load(false), [load]);
  return { state, reload };
}
