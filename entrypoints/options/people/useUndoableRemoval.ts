/**
 * A removal with an Undo. The item leaves the page at once; the deletion
 * itself waits until the Undo is over. Deleting a moment takes its words out
 * of the nudges that quoted it (and drops a message written ahead), so
 * writing it back afterwards could not put things back as they were, while
 * not having deleted it yet does.
 *
 * The Undo is over, and the deletion sent, `UNDO_MS` after the removal, the
 * clock stopped while the Undo button has focus or the pointer (so nobody
 * reading or tabbing to it is hurried); or at once at the next removal, when
 * the page is hidden, left or closed, or the list shows someone else. What a
 * person removed is deleted whatever they do next.
 */
import { useCallback, useEffect, useRef, useState } from 'preact/hooks';

export const UNDO_MS = 10_000;

export interface UndoableRemoval<T> {
  /** The item removed and not yet deleted, while its Undo is offered. */
  pending: T | null;
  remove(item: T): void;
  /** Takes the pending item back, deleting nothing; null when the Undo was already over. */
  undo(): T | null;
  /** Holds the Undo open while true: its button has focus or the pointer. */
  hold(held: boolean): void;
}

/** `commit` deletes for good; `scope` names the list (a person's id): when it changes, what was removed is deleted. */
export function useUndoableRemoval<T>(commit: (item: T) => void, scope: string): UndoableRemoval<T> {
  const [pending, setPending] = useState<T | null>(null);
  const [held, setHeld] = useState(false);
  // The item to delete, read by listeners that outlive a render (page hide, unmount).
  const pendingItem = useRef<T | null>(null);
  const commitLatest = useRef(commit);
  commitLatest.current = commit;

  const commitPending = useCallback(() => {
    const item = pendingItem.current;
    pendingItem.current = null;
    if (item !== null) commitLatest.current(item);
  }, []);

  const close = useCallback(() => {
    commitPending();
    setPending(null);
    setHeld(false);
  }, [commitPending]);

  const remove = useCallback(
    (item: T) => {
      commitPending();
      pendingItem.current = item;
      setPending(item);
      setHeld(false);
    },
    [commitPending],
  );

  const undo = useCallback(() => {
    const item = pendingItem.current;
    pendingItem.current = null;
    setPending(null);
    setHeld(false);
    return item;
  }, []);

  useEffect(() => {
    if (pending === null || held) return;
    const timer = setTimeout(close, UNDO_MS);
    return () => clearTimeout(timer);
  }, [pending, held, close]);

  useEffect(() => {
    const onVisibility = () => {
      if (document.visibilityState === 'hidden') close();
    };
    // Sent from `pagehide` the message leaves before the page goes; its answer is not needed.
    addEventListener('pagehide', commitPending);
    document.addEventListener('visibilitychange', onVisibility);
    return () => {
      removeEventListener('pagehide', commitPending);
      document.removeEventListener('visibilitychange', onVisibility);
    };
  }, [close, commitPending]);

  // Another person's list, or none: the removal shown here is over. `scope` is a dependency for this cleanup.
  useEffect(() => close, [scope, close]);

  return { pending, remove, undo, hold: setHeld };
}
