import { defineBackground } from 'wxt/utils/define-background';
import { NEW_DAY_ALARM, PAUSE_END_ALARM } from '../../utils/background/badge';
import { syncCustomSites } from '../../utils/background/custom-sites';
import { createHandlers } from '../../utils/background/handlers';
import { cardGone, EXPIRY_ALARM_PREFIX, expireNudge } from '../../utils/background/nudges';
import { injectIntoOpenTabs } from '../../utils/background/reinject';
import { keepUp, PRUNE_ALARM, schedulePruning } from '../../utils/background/upkeep';
import { browser } from '../../utils/browser';
import { database } from '../../utils/db/connection';
import { createMessageHandler } from '../../utils/protocol/dispatch';
import { settingsItem } from '../../utils/settings-store';

export default defineBackground(() => {
  // Every listener is registered synchronously, so an event that wakes the worker is not missed.
  const self = { id: browser.runtime.id, baseUrl: browser.runtime.getURL('/') };
  browser.runtime.onMessage.addListener(createMessageHandler(createHandlers(), self));
  const upkeep = async () => {
    await syncCustomSites();
    await schedulePruning();
    await keepUp(await database(), await settingsItem.getValue(), Date.now());
  };
  browser.runtime.onInstalled.addListener(async ({ reason }) => {
    await upkeep();
    if (reason === 'install' || reason === 'update') await injectIntoOpenTabs();
  });
  browser.runtime.onStartup.addListener(upkeep);
  // Access to a site the user added can be taken back in the browser's own settings.
  browser.permissions.onRemoved.addListener(() => syncCustomSites());
  browser.alarms.onAlarm.addListener(async (alarm) => {
    if (alarm.name.startsWith(EXPIRY_ALARM_PREFIX)) {
      await expireNudge(await database(), alarm.name.slice(EXPIRY_ALARM_PREFIX.length), Date.now());
    } else if (alarm.name === NEW_DAY_ALARM || alarm.name === PAUSE_END_ALARM || alarm.name === PRUNE_ALARM) {
      await keepUp(await database(), await settingsItem.getValue(), Date.now());
    }
  });
  browser.tabs.onRemoved.addListener(async (tabId) => {
    await cardGone(await database(), tabId, Date.now());
  });
});
