import type { IDBPDatabase } from 'idb';
import { toWallClock } from '../activity';
import { recordPassiveTime } from '../db/passive-time';
import type { TendDB } from '../db/schema';
import { ProtocolError } from '../protocol/dispatch';
import type { ActivityReceipt, MessageData } from '../protocol/messages';
import type { ContentSender } from '../protocol/sender';
import { isSiteOn, type Settings } from '../settings';
import { siteForHost } from '../sites';

/**
 * Counts a content script's report. The site comes from the URL the browser
 * attests for the sender, never from the message; spans are placed on the
 * background's clock by their age, so no report can claim time that has not
 * passed yet.
 */
export async function reportActivity(
  db: IDBPDatabase<TendDB>,
  settings: Settings,
  report: MessageData<'activity/report'>,
  sender: ContentSender,
  now: number,
): Promise<ActivityReceipt> {
  const site = siteForHost(sender.url.hostname);
  if (!site) throw new ProtocolError('forbidden', `Tend does not watch ${sender.url.hostname}.`);
  if (!isSiteOn(settings, site.id) || (sender.incognito && !settings.countIncognito)) {
    return { countedMs: 0, tracking: false };
  }
  const { countedMs } = await recordPassiveTime(db, site.id, toWallClock(report.sentAt, report.spans, now), now);
  return { countedMs, tracking: true };
}
