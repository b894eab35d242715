import { render } from 'preact';
import { extensionRunning } from '../../utils/platform/extension-running';

/** Often enough that a dead card never waits long for a click; the check is one property read. */
const CHECK_EVERY_MS = 1_000;

/**
 * Empties the card once Tend is gone. After an update, or once Tend is
 * turned off or removed, Firefox keeps the card's frame on the page with
 * buttons that can no longer do anything; an empty card is transparent,
 * and the content script's lease hides its frame soon after.
 */
export function closeWhenOrphaned(root: HTMLElement): void {
  const timer = setInterval(() => {
    if (extensionRunning()) return;
    clearInterval(timer);
    render(null, root);
  }, CHECK_EVERY_MS);
}
