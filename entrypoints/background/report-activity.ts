import type { IDBPDatabase } from 'idb';
import { MAX_DELIVERY_MS, toWallClock } from '../../utils/detection/report';
import { ProtocolError } from '../../utils/protocol/dispatch';
import type { MessageData } from '../../utils/protocol/messages';
import type { ActivityReceipt } from '../../utils/protocol/results';
import type { ContentSender } from '../../utils/protocol/sender';
import { isSiteOn, type Settings } from '../../utils/settings/settings';
import { watchedSite } from '../../utils/settings/watched-site';
import { showBadge } from './badge';
import { recordPassiveTime } from './db/passive-time';
import type { TendDB } from './db/schema';
import { cardGone, maybeNudge } from './nudge-lifecycle';

/**
 * Counts a content script's report, shows the day's new total on the badge,
 * then decides whether to nudge. The site
 * comes from the URL the browser attests for the sender, never from the
 * message; spans are placed on the background's clock by their age, so no
 * report can claim time that has not passed yet.
 */
export async function reportActivity(
  db: IDBPDatabase<TendDB>,
  settings: Settings,
  report: MessageData<'activity/report'>,
  sender: ContentSender,
  now: number,
): Promise<ActivityReceipt> {
  const site = watchedSite(sender.url.hostname, settings);
  if (!site) throw new ProtocolError('forbidden', `Tend does not watch ${sender.url.hostname}.`);
  if (!isSiteOn(settings, site.id) || (sender.incognito && !settings.countIncognito)) {
    return { countedMs: 0, tracking: false, nudge: null };
  }
  // Both clocks are the system's; a report cannot have been sent after it arrived.
  const sentAtWall = Math.min(report.sentAtWall, now);
  if (now - sentAtWall > MAX_DELIVERY_MS) {
    throw new ProtocolError('invalid-data', 'activity/report: sent too long ago to place its time.');
  }
  if (report.showing === null) await cardGone(db, sender.tabId, now);
  const { countedMs, sitting, passiveMsToday } = await recordPassiveTime(
    db,
    site.id,
    toWallClock(report.sentAt, report.spans, sentAtWall),
    now,
  );
  if (passiveMsToday !== null) await showBadge(settings, passiveMsToday, now);
  // A page reports as it leaves sight: its time counts, but a card decided then would wait unseen (and,
  // never answered, count against its person). The next report in sight may bring it.
  const nudgeId =
    countedMs > 0 && report.inSight
      ? await maybeNudge(db, settings, { site: site.id, tabId: sender.tabId, sitting, now })
      : null;
  return { countedMs, tracking: true, nudge: nudgeId ? { id: nudgeId } : null };
}
