/**
 * "Email" and "Copy message" leave a step half done: Tend opened the message,
 * and only the user knows whether they sent it. A card left without "I did
 * it" would leave it open forever, so the popup asks later: yes records the
 * connection, as "I did it" would have; no keeps the nudge as it was (acted
 * on) and never asks again.
 */
import type { IDBPDatabase } from 'idb';
import { actionById } from '../../utils/nudging/actions';
import { ProtocolError } from '../../utils/protocol/dispatch';
import type { AskedLater } from '../../utils/protocol/results';
import { isPreview } from '../../utils/records/preview';
import type { NudgeRecord } from '../../utils/records/types';
import { OTHER_SITE } from '../../utils/sites/label';
import { cardsSince, saveNudge } from './db/recent-cards';
import { IGNORE_AFTER_MS, newestFirst } from './db/recent-nudges';
import type { TendDB } from './db/schema';
import { settled, stopExpiry } from './nudge-outcome';
import { forgetNudges } from './policy-memory';
import { recordConnection } from './record-connection';

/** How far back the popup asks: a message opened last week and never mentioned again is let go. */
const ASK_WITHIN_MS = 7 * 86_400_000;

/** Opened or copied, its card gone (answered by nothing), and not yet asked about. */
function waitingForAnswer(nudge: NudgeRecord, now: number): boolean {
  return (
    nudge.outcome === 'acted' &&
    nudge.personId !== null &&
    nudge.unsent !== true &&
    !isPreview(nudge) &&
    now - nudge.at >= IGNORE_AFTER_MS
  );
}

/**
 * Newest first: the week's steps left half done, from the recent cards the popup's suggestion reads too,
 * each with its person read once.
 */
export async function askedLater(db: IDBPDatabase<TendDB>, now: number): Promise<AskedLater[]> {
  const waiting = (await cardsSince(db, now - ASK_WITHIN_MS, now))
    .filter((nudge) => waitingForAnswer(nudge, now))
    .sort(newestFirst);
  const ids = [...new Set(waiting.flatMap((nudge) => (nudge.personId === null ? [] : [nudge.personId])))];
  const tx = db.transaction('people');
  const people = new Map((await Promise.all(ids.map((id) => tx.store.get(id)))).flatMap((p) => (p ? [[p.id, p]] : [])));
  const asks: AskedLater[] = [];
  for (const nudge of waiting) {
    const person = nudge.personId === null ? undefined : people.get(nudge.personId);
    const action = actionById(nudge.actionId);
    if (!person || !action) continue;
    asks.push({ nudgeId: nudge.id, personName: person.name, title: action.title({ name: person.name }), at: nudge.at });
  }
  return asks;
}

/** The user's answer: it happened (a connection, now), or it did not (asked no more). */
export async function answerAskedLater(
  db: IDBPDatabase<TendDB>,
  { nudgeId, happened }: { nudgeId: string; happened: boolean },
  now: number,
): Promise<void> {
  const nudge = await db.get('nudges', nudgeId);
  if (!nudge || !waitingForAnswer(nudge, now)) {
    throw new ProtocolError('not-found', 'That step has already been answered.');
  }
  if (!happened) {
    await saveNudge(db, { ...nudge, unsent: true });
    forgetNudges();
    return;
  }
  const action = actionById(nudge.actionId);
  if (!nudge.personId || !action) throw new ProtocolError('invalid-data', 'This step has no one to connect with.');
  await recordConnection(db, {
    personId: nudge.personId,
    action,
    momentId: nudge.momentId,
    site: isPreview(nudge) ? OTHER_SITE : nudge.site,
    now,
    nudge: settled(nudge, 'done', now),
  });
  await stopExpiry(nudge.id);
}
