/**
 * Who sent a message, decided only from what the browser attests
 * (`sender.id`, `sender.url`, `sender.tab`, `sender.frameId`), never from the
 * message itself.
 */
import type { Runtime } from 'webextension-polyfill';

export interface ContentSender {
  kind: 'content';
  tabId: number;
  url: URL;
  incognito: boolean;
}

export interface PageSender {
  kind: 'page';
  /** The tab holding the page, when it is in one (options in a tab, the nudge card in its iframe). */
  tabId: number | null;
  url: URL;
  incognito: boolean;
}

export type Sender = ContentSender | PageSender;

export interface ExtensionIdentity {
  id: string;
  /** `runtime.getURL('/')`: every page of ours starts with it. */
  baseUrl: string;
}

export function classifySender(sender: Runtime.MessageSender, self: ExtensionIdentity): Sender | null {
  if (sender.id !== self.id || !sender.url) return null;
  const url = URL.parse(sender.url);
  if (!url) return null;
  const incognito = sender.tab?.incognito ?? false;
  if (sender.url.startsWith(self.baseUrl)) {
    return { kind: 'page', tabId: sender.tab?.id ?? null, url, incognito };
  }
  const tabId = sender.tab?.id;
  if (tabId === undefined || tabId < 0 || sender.frameId !== 0) return null;
  if (url.protocol !== 'https:' && url.protocol !== 'http:') return null;
  return { kind: 'content', tabId, url, incognito };
}
