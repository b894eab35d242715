/**
 * Undo, for a few seconds after a card's choice: "I did it", "Not now",
 * "Pause here today", a snooze, or a late-night plan. Each choice keeps what
 * it changed as it was before (the nudge, and for "I did it" the person's
 * last contact, the moment it was about and the connection it added; for a
 * paused site, that site's earlier pause) so that Undo puts back exactly that,
 * in one transaction, and the card opens again as it was.
 *
 * What to undo is kept in `storage.session`: it survives the service worker
 * stopping between the press and the Undo, never reaches the disk, and holds
 * ids, times and flags, never a name or anything a person shared.
 */
import type { IDBPDatabase } from 'idb';
import { browser } from '../../utils/platform/browser';
import { ProtocolError } from '../../utils/protocol/dispatch';
import type { Moment, NudgeRecord, Person } from '../../utils/records/types';
import { putMoment } from './db/agenda';
import { atomically } from './db/atomic';
import { putNudge } from './db/recent-cards';
import { IGNORE_AFTER_MS } from './db/recent-nudges';
import { putPerson } from './db/roster';
import type { TendDB } from './db/schema';
import { startExpiry } from './nudge-outcome';
import { forgetNudges } from './policy-memory';

/** How long after a choice its Undo holds; the card shows Undo a little less long. */
export const UNDO_WITHIN_MS = 15_000;

/** A connection "I did it" recorded, and what it changed. */
export interface UndoConnection {
  interactionId: string;
  /** The day and site whose count of connections it added to. */
  day: string;
  site: string;
  person: Pick<Person, 'id' | 'lastContactAt' | 'updatedAt'>;
  moment: Pick<Moment, 'id' | 'resolved' | 'followUpOn' | 'updatedAt'> | null;
}

export interface UndoRecord {
  until: number;
  /** The nudge as it was before the choice. */
  nudge: NudgeRecord;
  /** "Pause here today": the site, and its pause before (a day, or null for none). */
  pausedSite?: { site: string; before: string | null };
  connection?: UndoConnection;
}

const undoKey = (nudgeId: string) => `undo:${nudgeId}`;

export async function keepUndo(record: UndoRecord): Promise<void> {
  await browser.storage.session.set({ [undoKey(record.nudge.id)]: record });
}

/** What a choice on `nudgeId` changed, while its Undo still holds; then forgotten. */
export async function takeUndo(nudgeId: string, now: number): Promise<UndoRecord | null> {
  const key = undoKey(nudgeId);
  const stored = (await browser.storage.session.get(key))[key] as UndoRecord | undefined;
  await browser.storage.session.remove(key);
  return stored && now <= stored.until ? stored : null;
}

/** Forgets an Undo whose time has passed (or whose nudge went), so the session store stays small. */
export async function forgetUndo(nudgeId: string): Promise<void> {
  await browser.storage.session.remove(undoKey(nudgeId));
}

/** The person and moment as they stand before "I did it" changes them. */
export async function beforeConnection(
  db: IDBPDatabase<TendDB>,
  personId: string,
  momentId: string | null,
): Promise<Pick<UndoConnection, 'person' | 'moment'> | null> {
  const person = await db.get('people', personId);
  if (!person) return null;
  const moment = momentId ? await db.get('moments', momentId) : undefined;
  return {
    person: { id: person.id, lastContactAt: person.lastContactAt, updatedAt: person.updatedAt },
    moment: moment
      ? { id: moment.id, resolved: moment.resolved, followUpOn: moment.followUpOn, updatedAt: moment.updatedAt }
      : null,
  };
}

/**
 * Puts back what the choice changed and returns the nudge, showing again. Refuses, changing nothing, once
 * the time for Undo has passed. A person or moment deleted meanwhile stays deleted; a later contact with the
 * person (logged after this one) is kept.
 */
export async function undoChoice(
  db: IDBPDatabase<TendDB>,
  nudge: NudgeRecord,
  now: number,
  unpauseSite: (site: string, before: string | null) => Promise<void>,
): Promise<NudgeRecord> {
  const undo = await takeUndo(nudge.id, now);
  if (!undo || undo.nudge.id !== nudge.id) {
    throw new ProtocolError('not-found', 'It is too late to undo that.');
  }
  const restored: NudgeRecord = { ...undo.nudge };
  const { connection } = undo;
  const tx = db.transaction(
    ['nudges', 'people', 'roster', 'meta', 'moments', 'agenda', 'interactions', 'days'],
    'readwrite',
  );
  await atomically(tx, async () => {
    if (connection) {
      const interaction = await tx.objectStore('interactions').get(connection.interactionId);
      await tx.objectStore('interactions').delete(connection.interactionId);
      const person = await tx.objectStore('people').get(connection.person.id);
      // Only if nothing since has moved their last contact on.
      if (person && interaction && person.lastContactAt === interaction.at) {
        const people = {
          people: tx.objectStore('people'),
          roster: tx.objectStore('roster'),
          meta: tx.objectStore('meta'),
        };
        await putPerson(people, { ...person, ...connection.person });
      }
      const moment = connection.moment ? await tx.objectStore('moments').get(connection.moment.id) : undefined;
      if (moment && connection.moment) {
        const moments = {
          moments: tx.objectStore('moments'),
          agenda: tx.objectStore('agenda'),
          meta: tx.objectStore('meta'),
        };
        await putMoment(moments, { ...moment, ...connection.moment });
      }
      const total = await tx.objectStore('days').get([connection.day, connection.site]);
      if (total && total.connections > 0) {
        await tx.objectStore('days').put({ ...total, connections: total.connections - 1 });
      }
    }
    await putNudge({ nudges: tx.objectStore('nudges'), meta: tx.objectStore('meta') }, restored);
  });
  forgetNudges();
  if (undo.pausedSite) await unpauseSite(undo.pausedSite.site, undo.pausedSite.before);
  // Shown again: unanswered, it is taken down (and noted as ignored) like any other card.
  await startExpiry(restored.id, now + IGNORE_AFTER_MS);
  return restored;
}
