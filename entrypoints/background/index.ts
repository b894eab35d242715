import { defineBackground } from 'wxt/utils/define-background';
import { createHandlers } from '../../utils/background/handlers';
import { injectIntoOpenTabs } from '../../utils/background/reinject';
import { browser } from '../../utils/browser';
import { createMessageHandler } from '../../utils/protocol/dispatch';

export default defineBackground(() => {
  // Every listener is registered synchronously, so an event that wakes the worker is not missed.
  const self = { id: browser.runtime.id, baseUrl: browser.runtime.getURL('/') };
  browser.runtime.onMessage.addListener(createMessageHandler(createHandlers(), self));
  browser.runtime.onInstalled.addListener(({ reason }) => {
    if (reason === 'install' || reason === 'update') void injectIntoOpenTabs();
  });
});
