import type { IDBPTransaction } from 'idb';
import type { Action } from '../../utils/nudging/actions';
import { dayKey } from '../../utils/platform/day';
import type { Interaction, Person } from '../../utils/records/types';
import { countOnDay } from './db/days';
import type { TendDB } from './db/schema';

/** Actions that close the moment they were about once done. */
const RESOLVES_MOMENT = new Set(['follow-up', 'empathize', 'celebrate', 'mark-date']);

type ConnectionTransaction = IDBPTransaction<
  TendDB,
  ('people' | 'moments' | 'interactions' | 'days' | 'nudges')[],
  'readwrite'
>;

/**
 * Records that the user did an action with someone: a connection, their last
 * contact, the moment it was about (resolved if the action closes it) and the
 * day's count. Runs inside the caller's transaction.
 */
export async function recordConnection(
  tx: ConnectionTransaction,
  fields: {
    person: Person;
    action: Action;
    momentId: string | null;
    nudgeId: string | null;
    site: string;
    now: number;
  },
): Promise<Interaction> {
  const { person, action, momentId, nudgeId, site, now } = fields;
  await tx.objectStore('people').put({ ...person, lastContactAt: now, updatedAt: now });
  const interaction: Interaction = {
    id: crypto.randomUUID(),
    personId: person.id,
    at: now,
    how: action.records,
    note: action.title({ name: person.name }),
    nudgeId,
  };
  await tx.objectStore('interactions').put(interaction);
  if (momentId && RESOLVES_MOMENT.has(action.id)) {
    const moment = await tx.objectStore('moments').get(momentId);
    if (moment) await tx.objectStore('moments').put({ ...moment, resolved: true, updatedAt: now });
  }
  await countOnDay(tx.objectStore('days'), dayKey(now), site, 'connections');
  return interaction;
}
