import { useCallback, useEffect, useState } from 'preact/hooks';
import { browser } from '../utils/platform/browser';
import { request } from '../utils/protocol/request';
import { SETTINGS_STORAGE_KEY, type Settings } from '../utils/settings/settings';
import { messageOf } from './errors';
import type { Loaded } from './useRequest';

/**
 * The user's settings for a page. Pages change them only through the
 * background, which checks every change and answers with the settings as
 * stored: `show` puts that answer on screen. Every open page stays in step
 * with the others (a pause from the popup shows at once on the options
 * page): the background keeps settings in storage.local, and a change there
 * is the signal to ask for them again.
 */
export function useSettings(): { state: Loaded<Settings>; show: (next: Settings) => void } {
  const [state, setState] = useState<Loaded<Settings>>({ status: 'loading' });
  const show = useCallback((value: Settings) => setState({ status: 'ready', value }), []);
  useEffect(() => {
    const load = () =>
      request('settings/get', {}).then(show, (error: unknown) =>
        setState({ status: 'error', message: messageOf(error) }),
      );
    const onChanged = (changes: Record<string, unknown>, area: string) => {
      if (area === 'local' && SETTINGS_STORAGE_KEY in changes) void load();
    };
    void load();
    browser.storage.onChanged.addListener(onChanged);
    return () => browser.storage.onChanged.removeListener(onChanged);
  }, [show]);
  return { state, show };
}
