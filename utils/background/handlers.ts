import { database } from '../db/connection';
import type { Handlers } from '../protocol/dispatch';
import { reportActivity } from './report-activity';
import { todayStats } from './today-stats';

/** Every message the background answers, each with its handler. */
export function createHandlers(now: () => number = Date.now): Handlers {
  return {
    'activity/report': async (data, sender) => reportActivity(await database(), data, sender, now()),
    'stats/today': async () => todayStats(await database(), now()),
  };
}
