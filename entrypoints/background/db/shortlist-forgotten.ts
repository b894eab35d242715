/**
 * Forgetting the day's shortlist (`day-shortlist.ts`): every write of a
 * person or a moment does, in its own transaction, so no ask ever weighs
 * a shortlist made before it. What was forgotten is remembered here, so the
 * worker can make it again once the write has answered.
 */
import type { Meta } from './schema';

/** The store a transaction that writes people or moments holds beside them; structural, so any transaction's will do. */
export interface ShortlistStore {
  delete(key: Meta['id']): Promise<unknown>;
}

let forgotten = false;

export async function forgetShortlist(meta: ShortlistStore): Promise<void> {
  forgotten = true;
  await meta.delete('shortlist');
}

/** Whether a write forgot the shortlist since this was last asked. */
export function takeForgotten(): boolean {
  const was = forgotten;
  forgotten = false;
  return was;
}
