import { database } from '../db/connection';
import type { Handlers } from '../protocol/dispatch';
import { applySettingsPatch } from '../settings';
import { settingsItem } from '../settings-store';
import { reportActivity } from './report-activity';
import { todayStats } from './today-stats';

/** Every message the background answers, each with its handler. */
export function createHandlers(now: () => number = () => Date.now()): Handlers {
  return {
    'activity/report': async (data, sender) =>
      reportActivity(await database(), await settingsItem.getValue(), data, sender, now()),
    'stats/today': async () => todayStats(await database(), now()),
    'settings/get': () => settingsItem.getValue(),
    'settings/update': async (patch) => {
      const next = applySettingsPatch(await settingsItem.getValue(), patch);
      await settingsItem.setValue(next);
      return next;
    },
  };
}
