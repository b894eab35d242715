import { defineBackground } from 'wxt/utils/define-background';
import { createHandlers } from '../../utils/background/handlers';
import { browser } from '../../utils/browser';
import { createMessageHandler } from '../../utils/protocol/dispatch';

export default defineBackground(() => {
  // Registered synchronously, so a message that wakes the worker is not missed.
  const self = { id: browser.runtime.id, baseUrl: browser.runtime.getURL('/') };
  browser.runtime.onMessage.addListener(createMessageHandler(createHandlers(), self));
});
