import type { Runtime } from 'webextension-polyfill';

/** Message senders as the browser describes them, for the test extension id of WXT's fake browser. */
export const EXTENSION_ID = 'test-extension-id';
export const BASE_URL = `chrome-extension://${EXTENSION_ID}/`;

export function contentSender(url = 'https://www.instagram.com/', tabId = 7, incognito = false): Runtime.MessageSender {
  return {
    id: EXTENSION_ID,
    url,
    frameId: 0,
    tab: { id: tabId, index: 0, highlighted: true, active: true, pinned: false, incognito },
  };
}

export function pageSender(path = 'options.html', tabId?: number): Runtime.MessageSender {
  return {
    id: EXTENSION_ID,
    url: `${BASE_URL}${path}`,
    ...(tabId === undefined
      ? {}
      : { frameId: 3, tab: { id: tabId, index: 0, highlighted: true, active: true, pinned: false, incognito: false } }),
  };
}
