import { useCallback, useEffect, useRef, useState } from 'preact/hooks';
import type { MessageData, MessageResult, MessageType } from '../utils/protocol/messages';
import { request } from '../utils/protocol/request';
import { messageOf } from './errors';

export type Loaded<T> = { status: 'loading' } | { status: 'ready'; value: T } | { status: 'error'; message: string };

/**
 * Loads one protocol result for a page, with a `reload` for after changes.
 * When the data asked for changes before an answer arrives, only the answer
 * to the latest request is kept.
 */
export function useRequest<K extends MessageType>(type: K, data: MessageData<K>) {
  const [state, setState] = useState<Loaded<MessageResult<K>>>({ status: 'loading' });
  const latest = useRef(0);
  const key = JSON.stringify(data);
  // `key` stands in for `data`, which callers pass as a fresh object literal on every render.
  const reload = useCallback(async () => {
    const asked = ++latest.current;
    try {
      const value = await request(type, data);
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
