import { useEffect, useState } from 'preact/hooks';
import { browser } from '../../utils/platform/browser';
import { FOCUS_CARD_COMMAND } from '../../utils/protocol/tab-messages';

/** The keys that move focus into the card and back, as the user set them (empty when they removed them). */
export function useCardShortcut(): string {
  const [shortcut, setShortcut] = useState('');
  useEffect(() => {
    browser.commands
      .getAll()
      .then((commands) => setShortcut(commands.find((command) => command.name === FOCUS_CARD_COMMAND)?.shortcut ?? ''))
      .catch(() => setShortcut(''));
  }, []);
  return shortcut;
}
