import { useEffect, useState } from 'preact/hooks';
import { request } from '../../utils/protocol/request';

/** The keys that move focus into the card and back, as the user set them (empty when they removed them). */
export function useCardShortcut(): string {
  const [shortcut, setShortcut] = useState('');
  useEffect(() => {
    request('shortcut/get', {})
      .then(setShortcut)
      .catch(() => setShortcut(''));
  }, []);
  return shortcut;
}
