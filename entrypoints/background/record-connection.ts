/**
 * The one way Tend records that the user reached out, whether they say so on
 * the card ("I did it") or in the popup: both must leave the same trace, and
 * a card's nudge must turn "done" in the same transaction as the connection,
 * so neither can be written without the other.
 */
import type { IDBPDatabase } from 'idb';
import type { Action } from '../../utils/nudging/actions';
import { momentAfterDone } from '../../utils/nudging/moment-after';
import { dayKey } from '../../utils/platform/day';
import { ProtocolError } from '../../utils/protocol/dispatch';
import type { Interaction, NudgeRecord } from '../../utils/records/types';
import { putMoment } from './db/agenda';
import { atomically } from './db/atomic';
import { countOnDay } from './db/days';
import { putNudge } from './db/recent-cards';
import { putPerson } from './db/roster';
import type { TendDB } from './db/schema';
import { forgetNudges } from './policy-memory';

export interface Connection {
  personId: string;
  action: Action;
  momentId: string | null;
  /** The day's count this connection adds to. */
  site: string;
  now: number;
  /** The card's nudge as settled "done", written with the connection; null from the popup. */
  nudge: NudgeRecord | null;
}

/**
 * Records that the user did an action with someone: a connection, their last
 * contact, the moment it was about (closed or moved on, as the action answers it), the
 * day's count and, from a card, its nudge. Throws, writing nothing, when the
 * person is no longer in Tend.
 */
export async function recordConnection(db: IDBPDatabase<TendDB>, connection: Connection): Promise<Interaction> {
  const { personId, action, momentId, site, now, nudge } = connection;
  const tx = db.transaction(
    ['nudges', 'people', 'roster', 'meta', 'moments', 'agenda', 'interactions', 'days'],
    'readwrite',
  );
  const interaction = await atomically(tx, async () => {
    const person = await tx.objectStore('people').get(personId);
    if (!person) throw new ProtocolError('not-found', 'That person is no longer in Tend.');
    await putPerson(
      { people: tx.objectStore('people'), roster: tx.objectStore('roster'), meta: tx.objectStore('meta') },
      { ...person, lastContactAt: now, updatedAt: now },
    );
    const interaction: Interaction = {
      id: crypto.randomUUID(),
      personId: person.id,
      at: now,
      how: action.records,
      note: action.title({ name: person.name }),
      nudgeId: nudge?.id ?? null,
    };
    await tx.objectStore('interactions').put(interaction);
    const moment = momentId ? await tx.objectStore('moments').get(momentId) : undefined;
    if (moment) {
      const changes = momentAfterDone(moment, action.id, dayKey(now));
      if (Object.keys(changes).length > 0) {
        const moments = {
          moments: tx.objectStore('moments'),
          agenda: tx.objectStore('agenda'),
          meta: tx.objectStore('meta'),
        };
        await putMoment(moments, { ...moment, ...changes, updatedAt: now });
      }
    }
    await countOnDay(tx.objectStore('days'), dayKey(now), site, 'connections');
    if (nudge) await putNudge({ nudges: tx.objectStore('nudges'), meta: tx.objectStore('meta') }, nudge);
    return interaction;
  });
  if (nudge) forgetNudges();
  return interaction;
}
