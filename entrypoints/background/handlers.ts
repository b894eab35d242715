import type { Clock } from '../../utils/platform/clock';
import { type Handlers, ProtocolError } from '../../utils/protocol/dispatch';
import { SETTING_NAMES } from '../../utils/settings/repair';
import { applySettingsPatch } from '../../utils/settings/settings';
import { CustomSiteError, normaliseHost } from '../../utils/sites/custom';
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
} from './card-actions';
import { addCustomSite, removeCustomSite } from './custom-site-scripts';
import { database } from './db/connection';
import { allNames, allRows, peoplePage } from './db/roster-reads';
import { historyView } from './history-view';
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

async function pauseSite(site: string, day: string): Promise<void> {
  const settings = await settingsItem.getValue();
  await settingsItem.setValue({ ...settings, pausedSites: { ...settings.pausedSites, [site]: day } });
}

/** Every message the background answers, each with its handler; the time comes from `clock` alone. */
export function createHandlers(clock: Clock): Handlers {
  const now = () => clock.now();
  return {
    'activity/report': async (data, sender) =>
      reportActivity(await database(), await settingsItem.getValue(), data, sender, now()),
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
    'people/names': async () => allNames(await database()),
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
