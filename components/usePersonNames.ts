/**
 * The user's people by name, for a field to choose from. A circle of up to
 * `LISTED_AT_ONCE` comes whole as the page opens; a larger one (an imported
 * address book of thousands) comes only once the field asks for it: reading
 * and sending ten thousand names costs the background a few hundred
 * milliseconds, which every request after it (a history filter, the popup's
 * suggestion) would wait for, for a field most visits never touch.
 */
import { useCallback, useMemo, useState } from 'preact/hooks';
import type { PersonName } from '../utils/people/roster';
import { type Loaded, useRequest } from './useRequest';

/** Up to this many people are listed as the page opens; beyond it, when the field is first used. */
export const LISTED_AT_ONCE = 200;

export interface PersonNames {
  /** The names so far: everyone, or the first `LISTED_AT_ONCE` until `wantAll` brings the rest. */
  state: Loaded<readonly PersonName[]>;
  /** More people than those named so far. */
  more: boolean;
  /** Asks for everyone's name, once. */
  wantAll(): void;
}

export function usePersonNames({ active }: { active: boolean }): PersonNames {
  const [all, setAll] = useState(false);
  const { state } = useRequest('people/names', all ? { active } : { active, limit: LISTED_AT_ONCE });
  const names = useMemo<Loaded<readonly PersonName[]>>(
    () => (state.status === 'ready' ? { status: 'ready', value: state.value.names } : state),
    [state],
  );
  const wantAll = useCallback(() => setAll(true), []);
  return { state: names, more: state.status === 'ready' && state.value.more, wantAll };
}
