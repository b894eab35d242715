/**
 * The browser's own `runtime` API, without webextension-polyfill: Firefox's
 * `browser.runtime`, or Chrome's `chrome.runtime`, whose Manifest V3 calls
 * return promises too. The content script, loaded into every feed, needs
 * nothing else (sending a message, hearing one, its id, a page's address),
 * so it does without the polyfill, which would be most of its size.
 */

export interface MessageSender {
  id?: string;
}

export interface Runtime {
  /** Undefined once the extension is gone (updated, turned off, removed). */
  readonly id?: string;
  getURL(path: string): string;
  sendMessage(message: unknown): Promise<unknown>;
  readonly onMessage: {
    addListener(listener: (message: unknown, sender: MessageSender) => void): void;
    removeListener(listener: (message: unknown, sender: MessageSender) => void): void;
  };
}

/** Read each time: an extension that is gone may take the object away. */
export function runtime(): Runtime {
  const scope = globalThis as { browser?: { runtime?: Runtime }; chrome?: { runtime?: Runtime } };
  const found = scope.browser?.runtime ?? scope.chrome?.runtime;
  if (!found) throw new Error('No extension runtime here: Tend runs only as a browser extension.');
  return found;
}
