import type { IDBPDatabase } from 'idb';
import { toWallClock } from '../activity';
import { emptyDay, passiveMsByDay } from '../db/days';
import type { TendDB } from '../db/schema';
import { ProtocolError } from '../protocol/dispatch';
import type { ActivityReceipt, MessageData } from '../protocol/messages';
import type { ContentSender } from '../protocol/sender';
import { builtInSites, siteForHost } from '../sites';
import { totalLength } from '../spans';

/**
 * Stores a content script's report. The site comes from the URL the browser
 * attests for the sender, never from the message.
 */
export async function reportActivity(
  db: IDBPDatabase<TendDB>,
  report: MessageData<'activity/report'>,
  sender: ContentSender,
  now: number,
): Promise<ActivityReceipt> {
  const site = siteForHost(sender.url.hostname, builtInSites);
  if (!site) throw new ProtocolError('forbidden', `Tend does not watch ${sender.url.hostname}.`);
  const spans = toWallClock(report.sentAt, report.spans, now);
  const tx = db.transaction('days', 'readwrite');
  for (const [day, passiveMs] of passiveMsByDay(spans)) {
    const total = (await tx.store.get([day, site.id])) ?? emptyDay(day, site.id);
    await tx.store.put({ ...total, passiveMs: total.passiveMs + passiveMs });
  }
  await tx.done;
  return { countedMs: totalLength(spans) };
}
