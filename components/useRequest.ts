import { useCallback, useEffect, useRef, useState } from 'preact/hooks';
import type { MessageData, MessageResult, MessageType } from '../utils/protocol/messages';
import { request } from '../utils/protocol/request';
import { messageOf } from './errors';

export type Loaded<T> = { status: 'loading' } | { status: 'ready'; value: T } | { status: 'error'; message: string };

/** Answers asked for while a page was starting, by message and data. */
const early = new Map<string, Promise<unknown>>();

const keyOf = (type: MessageType, data: unknown) => `${type} ${JSON.stringify(data)}`;

/**
 * Asks the background now, while the page is still loading, for what its
 * first render will ask: the background works meanwhile, and the first
 * `useRequest` for the same message and data takes this answer.
 */
export function askEarly<K extends MessageType>(type: K, data: MessageData<K>): void {
  const answer = request(type, data);
  // The useRequest that takes it reports a failure; one never taken has nobody to tell.
  answer.catch(() => {});
  early.set(keyOf(type, data), answer);
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
  const reload = useCallback(async () => {
    const asked = ++latest.current;
    const asking = early.get(key) as Promise<MessageResult<K>> | undefined;
    early.delete(key);
    try {
      const value = await (asking ?? request(type, data));
      if (asked === latest.current) setState({ status: 'ready', value });
    } catch (error) {
      if (asked === latest.current) {
        setState({ status: 'error', message: messageOf(error) });
      }
    }
  }, [type, key]);
  useEffect(() => {
    void reload();
  }, [reload]);
  return { state, reload };
}
