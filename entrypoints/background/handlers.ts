import { browser } from '../../utils/platform/browser';
import type { Clock } from '../../utils/platform/clock';
import { type Handlers, ProtocolError } from '../../utils/protocol/dispatch';
import { FOCUS_CARD_COMMAND } from '../../utils/protocol/tab-messages';
import { SETTING_NAMES } from '../../utils/settings/repair';
import { applySettingsPatch } from '../../utils/settings/settings';
import { watchedSite } from '../../utils/settings/watched-site';
import { CustomSiteError, normaliseHost } from '../../utils/sites/custom';
import { answerAskedLater, askedLater } from './asked-later';
import { deleteEverything, exportBackup, importBackup, previewBackup } from './backup';
import {
  actOnNudge,
  anotherIdea,
  closeFeedFromNudge,
  dismissNudge,
  hideNudge,
  nudgeDone,
  nudgePlan,
  openOptionsFromNudge,
  planForTomorrow,
  undoNudge,
} from './card-actions';
import { addCustomSite, removeCustomSite } from './custom-site-scripts';
import { database } from './db/connection';
import { allRows, names, peoplePage } from './db/roster-reads';
import { historyView } from './history-view';
import { currentHolds, liftSnooze } from './holds';
import { insights } from './insights-view';
import { previewNudge } from './nudge-lifecycle';
import {
  archivePerson,
  deleteMoment,
  deletePerson,
  listInteractions,
  listMoments,
  listPeople,
  logInteraction,
  saveMoment,
  savePerson,
} from './people';
import { reportActivity } from './report-activity';
import { settingsItem, settingsResetItem } from './settings-store';
import { suggestionDone, suggestNow } from './suggest-now';
import { todayStats } from './today-stats';
import { keepUp } from './upkeep';

/** Pauses nudges on `site` for `day`; returns the site's pause before (a day), or null for none. */
async function pauseSite(site: string, day: string): Promise<string | null> {
  const settings = await settingsItem.getValue();
  await settingsItem.setValue({ ...settings, pausedSites: { ...settings.pausedSites, [site]: day } });
  return settings.pausedSites[site] ?? null;
}

/** Puts a site's pause back as it was (`before`: a day, or null for none). */
async function unpauseSite(site: string, before: string | null): Promise<void> {
  const settings = await settingsItem.getValue();
  const { [site]: _lifted, ...others } = settings.pausedSites;
  await settingsItem.setValue({ ...settings, pausedSites: before === null ? others : { ...others, [site]: before } });
}

/** Every message the background answers, each with its handler; the time comes from `clock` alone. */
export function createHandlers(clock: Clock): Handlers {
  const now = () => clock.now();
  return {
    'activity/report': async (data, sender) =>
      reportActivity(await database(), await settingsItem.getValue(), data, sender, now()),
    'site/feed-paths': async (_data, sender) => {
      const site = watchedSite(sender.url.hostname, await settingsItem.getValue());
      if (!site) throw new ProtocolError('forbidden', `Tend does not watch ${sender.url.hostname}.`);
      return { feeds: site.feeds.map((pattern) => pattern.source), notFeeds: site.notFeeds.map((p) => p.source) };
    },
    'stats/today': async () => todayStats(await database(), now()),
    'settings/get': () => settingsItem.getValue(),
    'settings/reset-notice': async () => {
      await settingsItem.getValue();
      const reset = await settingsResetItem.getValue();
      return reset && reset.length > 0 ? reset.map((key) => SETTING_NAMES[key]) : null;
    },
    'settings/reset-seen': async () => {
      await settingsResetItem.setValue(null);
      return null;
    },
    'holds/get': async () => currentHolds(await database(), await settingsItem.getValue(), now()),
    // Asked here: a card's frame inside a web page is not given the commands API in every browser.
    'shortcut/get': async () =>
      (await browser.commands.getAll()).find((command) => command.name === FOCUS_CARD_COMMAND)?.shortcut ?? '',
    'holds/lift': async ({ hold, site }) => {
      const db = await database();
      if (hold === 'snooze') {
        await liftSnooze(db, now());
      } else {
        const settings = await settingsItem.getValue();
        const { [site ?? '']: _lifted, ...others } = settings.pausedSites;
        const next = hold === 'pause' ? { ...settings, pausedUntil: null } : { ...settings, pausedSites: others };
        await settingsItem.setValue(next);
        await keepUp(db, next, now());
      }
      return currentHolds(db, await settingsItem.getValue(), now());
    },
    'settings/update': async (patch) => {
      const next = applySettingsPatch(await settingsItem.getValue(), patch);
      await settingsItem.setValue(next);
      await keepUp(await database(), next, now());
      return next;
    },
    'nudge/plan': async ({ nudgeId }, sender) => {
      const { wakingHours } = await settingsItem.getValue();
      return nudgePlan(await database(), nudgeId, sender, { now: now(), wakingHours });
    },
    'nudge/act': async (data, sender) => actOnNudge(await database(), data, sender, now()),
    'nudge/done': async ({ nudgeId }, sender) => nudgeDone(await database(), nudgeId, sender, now()),
    'nudge/another': async ({ nudgeId }, sender) => {
      const { wakingHours } = await settingsItem.getValue();
      return anotherIdea(await database(), nudgeId, sender, { now: now(), wakingHours });
    },
    'nudge/hide': async ({ nudgeId }, sender) => {
      await hideNudge(await database(), nudgeId, sender);
      return null;
    },
    'nudge/snooze': async ({ nudgeId, minutes }, sender) => {
      await dismissNudge(await database(), nudgeId, { kind: 'snooze', minutes }, sender, now(), pauseSite);
      return null;
    },
    'nudge/dismiss': async ({ nudgeId }, sender) => {
      await dismissNudge(await database(), nudgeId, { kind: 'not-now' }, sender, now(), pauseSite);
      return null;
    },
    'nudge/pause-site': async ({ nudgeId }, sender) => {
      await dismissNudge(await database(), nudgeId, { kind: 'pause-site' }, sender, now(), pauseSite);
      return null;
    },
    'nudge/undo': async ({ nudgeId }, sender) => {
      const { wakingHours } = await settingsItem.getValue();
      return undoNudge(await database(), nudgeId, sender, { now: now(), wakingHours }, unpauseSite);
    },
    'nudge/asked-later': async () => askedLater(await database(), now()),
    'nudge/answer-asked-later': async (answer) => {
      await answerAskedLater(await database(), answer, now());
      return null;
    },
    'nudge/open-options': async ({ nudgeId }, sender) => {
      await openOptionsFromNudge(await database(), nudgeId, sender, now());
      return null;
    },
    'nudge/plan-tomorrow': async (data, sender) => {
      await planForTomorrow(await database(), data, sender, now());
      return null;
    },
    'nudge/close-feed': async ({ nudgeId }, sender) => {
      await closeFeedFromNudge(await database(), nudgeId, sender, now());
      return null;
    },
    'nudge/preview': async () => previewNudge(await database(), await settingsItem.getValue(), now()),
    'people/list': async () => listPeople(await database()),
    'people/page': async (ask) => peoplePage(await database(), ask),
    'people/rows': async () => allRows(await database()),
    'people/names': async (data) => names(await database(), data),
    'people/get': async ({ id }) => (await (await database()).get('people', id)) ?? null,
    'people/save': async (input) => savePerson(await database(), input, now()),
    'people/archive': async ({ id, archived }) => archivePerson(await database(), id, archived, now()),
    'people/delete': async ({ id }) => deletePerson(await database(), id),
    'moments/list': async ({ personId }) => listMoments(await database(), personId),
    'moments/save': async (input) => saveMoment(await database(), input, now()),
    'moments/delete': async ({ id }) => deleteMoment(await database(), id),
    'interactions/list': async ({ personId }) => listInteractions(await database(), personId),
    'interactions/log': async (input) => logInteraction(await database(), input, now()),
    'sites/add-custom': async ({ host }) => {
      try {
        return await addCustomSite(normaliseHost(host));
      } catch (error) {
        if (error instanceof CustomSiteError) throw new ProtocolError('invalid-data', error.message);
        throw error;
      }
    },
    'sites/remove-custom': async ({ host }) => removeCustomSite(host),
    'backup/export': async () => exportBackup(await database(), now()),
    'backup/preview': async ({ text, mode }) => previewBackup(await database(), text, mode),
    'backup/import': async ({ text, mode }) => importBackup(await database(), text, mode),
    'data/delete-all': async () => {
      await deleteEverything(await database());
      await keepUp(await database(), await settingsItem.getValue(), now());
      return null;
    },
    'stats/insights': async ({ days }) => insights(await database(), await settingsItem.getValue(), days, now()),
    'history/page': async ({ filter, cursor, limit }) => historyView(await database(), filter, cursor, limit),
    'suggest/now': async () => suggestNow(await database(), await settingsItem.getValue(), now()),
    'suggest/done': async (done) => suggestionDone(await database(), done, now()),
  };
}
