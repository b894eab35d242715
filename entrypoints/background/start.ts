/**
 * The background's composition root: every listener, wired to the one
 * clock it is given. The entrypoint passes the system clock; unit tests
 * pass a clock they set, and so drive the real background at any hour.
 */
import type { Runtime } from 'webextension-polyfill';
import { browser } from '../../utils/platform/browser';
import type { Clock } from '../../utils/platform/clock';
import { createMessageHandler } from '../../utils/protocol/dispatch';
import { FOCUS_CARD_COMMAND, type FocusCard } from '../../utils/protocol/tab-messages';
import { NEW_DAY_ALARM, PAUSE_END_ALARM } from './badge';
import { syncCustomSites } from './custom-site-scripts';
import { database } from './db/connection';
import { remakeForgottenShortlist } from './db/day-shortlist';
import { forgetRecentCards } from './db/recent-cards';
import { forgetShortlist } from './db/shortlist-forgotten';
import { createHandlers } from './handlers';
import { cardGone, expireNudge } from './nudge-lifecycle';
import { EXPIRY_ALARM_PREFIX } from './nudge-outcome';
import { injectIntoOpenTabs } from './reinject';
import { settingsItem } from './settings-store';
import { keepUp, PRUNE_ALARM, schedulePruning } from './upkeep';

/** Runs every step in turn, even after one fails, and reports the failures. */
export async function eachOnItsOwn(steps: readonly (() => Promise<unknown>)[]): Promise<void> {
  for (const step of steps) {
    try {
      await step();
    } catch (error) {
      console.error('Tend upkeep:', error);
    }
  }
}

export function startBackground({ clock }: { clock: Clock }): void {
  // Every listener is registered synchronously, so an event that wakes the worker is not missed.
  const self = { id: browser.runtime.id, baseUrl: browser.runtime.getURL('/') };
  const handle = createMessageHandler(createHandlers(clock), self);
  browser.runtime.onMessage.addListener(async (message: unknown, sender: Runtime.MessageSender) => {
    const reply = await handle(message, sender);
    // Once a write has answered, the day's shortlist it forgot is made again: not when the popup next asks.
    remakeForgottenShortlist(database, clock.now());
    return reply;
  });
  // Each step stands alone: a site whose script cannot be registered must not cost the alarms, the
  // badge or the content script in open tabs.
  const upkeep = () =>
    eachOnItsOwn([
      syncCustomSites,
      schedulePruning,
      async () => keepUp(await database(), await settingsItem.getValue(), clock.now()),
    ]);
  browser.runtime.onInstalled.addListener(async ({ reason }) => {
    await eachOnItsOwn([
      upkeep,
      async () => (reason === 'install' || reason === 'update') && injectIntoOpenTabs(),
      // Another version of Tend may weigh ideas otherwise: the day's shortlist is made again by its engine.
      async () => forgetShortlist((await database()).transaction('meta', 'readwrite').store),
      // Another version may have written nudges without noting them among the recent cards.
      async () => forgetRecentCards((await database()).transaction('meta', 'readwrite').store),
      // A new user meets the welcome (the options page with no one yet asks for the first people); an update
      // or a browser update opens nothing. A tab of its own: headless Firefox ignores openOptionsPage here.
      async () => reason === 'install' && browser.tabs.create({ url: browser.runtime.getURL('/options.html') }),
    ]);
  });
  browser.runtime.onStartup.addListener(upkeep);
  // Access to a site the user added can be taken back in the browser's own settings.
  browser.permissions.onRemoved.addListener(() => syncCustomSites());
  browser.alarms.onAlarm.addListener(async (alarm) => {
    if (alarm.name.startsWith(EXPIRY_ALARM_PREFIX)) {
      await expireNudge(await database(), alarm.name.slice(EXPIRY_ALARM_PREFIX.length), clock.now());
    } else if (alarm.name === NEW_DAY_ALARM || alarm.name === PAUSE_END_ALARM || alarm.name === PRUNE_ALARM) {
      await keepUp(await database(), await settingsItem.getValue(), clock.now());
    }
  });
  browser.tabs.onRemoved.addListener(async (tabId) => {
    await cardGone(await database(), tabId, clock.now());
  });
  browser.commands.onCommand.addListener((command) => {
    if (command === FOCUS_CARD_COMMAND) void focusCardInActiveTab();
  });
}

/**
 * The keyboard shortcut: the active tab's content script moves focus into its card, or back to the page
 * (a tab without Tend's script, or without a card, does nothing).
 */
async function focusCardInActiveTab(): Promise<void> {
  const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
  if (tab?.id === undefined) return;
  await browser.tabs.sendMessage(tab.id, { type: 'card/focus' } satisfies FocusCard).catch(() => {});
}
