/**
 * People, what they shared and the connections made: the background's
 * handlers for the options page and the popup. Every write checks that what
 * it refers to exists, so the database never holds a dangling reference.
 */
import type { IDBPDatabase } from 'idb';
import { compareKeys, nameKey } from '../../utils/people/roster';
import { dayKey } from '../../utils/platform/day';
import { ProtocolError } from '../../utils/protocol/dispatch';
import type { InteractionInput, MomentInput, PersonInput } from '../../utils/records/inputs';
import { withoutMoment } from '../../utils/records/scrub';
import type { Interaction, Moment, Person } from '../../utils/records/types';
import { OTHER_SITE } from '../../utils/sites/label';
import { putMoment, removeMoment } from './db/agenda';
import { atomically } from './db/atomic';
import { countOnDay } from './db/days';
import { putNudges } from './db/recent-cards';
import { putPerson, removePerson } from './db/roster';
import type { TendDB } from './db/schema';

export async function listPeople(db: IDBPDatabase<TendDB>): Promise<Person[]> {
  return (await db.getAll('people')).sort((a, b) => compareKeys(nameKey(a), nameKey(b)));
}

async function existingPerson(db: IDBPDatabase<TendDB>, id: string): Promise<Person> {
  const person = await db.get('people', id);
  if (!person) throw new ProtocolError('not-found', 'That person is no longer in Tend.');
  return person;
}

export async function savePerson(db: IDBPDatabase<TendDB>, input: PersonInput, now: number): Promise<Person> {
  const fields = {
    name: input.name.trim(),
    // Spaces alone would greet no one: they count as empty, meaning the first name.
    callName: input.callName.trim(),
    channels: input.channels,
    cadenceDays: input.cadenceDays,
    notes: input.notes,
  };
  if (fields.name === '') throw new ProtocolError('invalid-data', 'A person needs a name.');
  const person: Person = input.id
    ? { ...(await existingPerson(db, input.id)), ...fields, updatedAt: now }
    : {
        id: crypto.randomUUID(),
        ...fields,
        lastContactAt: null,
        archived: false,
        createdAt: now,
        updatedAt: now,
      };
  await writePerson(db, person);
  return person;
}

async function writePerson(db: IDBPDatabase<TendDB>, person: Person): Promise<void> {
  const tx = db.transaction(['people', 'roster', 'meta'], 'readwrite');
  await atomically(tx, () =>
    putPerson(
      { people: tx.objectStore('people'), roster: tx.objectStore('roster'), meta: tx.objectStore('meta') },
      person,
    ),
  );
}

export async function archivePerson(
  db: IDBPDatabase<TendDB>,
  id: string,
  archived: boolean,
  now: number,
): Promise<Person> {
  const person = { ...(await existingPerson(db, id)), archived, updatedAt: now };
  await writePerson(db, person);
  return person;
}

/**
 * Deletes a person with everything about them: what they shared and the
 * connections logged. Past nudges stay in the history, without their name.
 */
export async function deletePerson(db: IDBPDatabase<TendDB>, id: string): Promise<null> {
  const tx = db.transaction(['people', 'roster', 'meta', 'moments', 'agenda', 'interactions', 'nudges'], 'readwrite');
  return atomically(tx, async () => {
    if (!(await tx.objectStore('people').get(id)))
      throw new ProtocolError('not-found', 'That person is no longer in Tend.');
    await removePerson(
      { people: tx.objectStore('people'), roster: tx.objectStore('roster'), meta: tx.objectStore('meta') },
      id,
    );
    const moments = {
      moments: tx.objectStore('moments'),
      agenda: tx.objectStore('agenda'),
      meta: tx.objectStore('meta'),
    };
    for (const key of await tx.objectStore('moments').index('by-person').getAllKeys(id)) {
      await removeMoment(moments, key);
    }
    const theirs = IDBKeyRange.bound([id, -Infinity], [id, Infinity]);
    for (const key of await tx.objectStore('interactions').index('by-person-at').getAllKeys(theirs)) {
      await tx.objectStore('interactions').delete(key);
    }
    const aboutThem = await tx.objectStore('nudges').index('by-person-at').getAll(theirs);
    await putNudges(
      { nudges: tx.objectStore('nudges'), meta: tx.objectStore('meta') },
      aboutThem.map((nudge) => ({
        ...nudge,
        personId: null,
        momentId: null,
        reason: 'About someone you removed from Tend.',
        skipped: nudge.skipped.map((skip) => (skip.personId === id ? { ...skip, personId: null } : skip)),
      })),
    );
    return null;
  });
}

export async function listMoments(db: IDBPDatabase<TendDB>, personId: string): Promise<Moment[]> {
  const moments = await db.getAllFromIndex('moments', 'by-person', personId);
  return moments.sort((a, b) => b.sharedOn.localeCompare(a.sharedOn) || b.createdAt - a.createdAt);
}

export async function saveMoment(db: IDBPDatabase<TendDB>, input: MomentInput, now: number): Promise<Moment> {
  await existingPerson(db, input.personId);
  const previous = input.id ? await db.get('moments', input.id) : undefined;
  if (input.id && !previous) throw new ProtocolError('not-found', 'That moment is no longer in Tend.');
  if (previous && previous.personId !== input.personId) {
    throw new ProtocolError('invalid-data', 'A moment cannot move to another person.');
  }
  const moment: Moment = {
    id: previous?.id ?? crypto.randomUUID(),
    personId: input.personId,
    kind: input.kind,
    text: input.text.trim(),
    sharedOn: input.sharedOn,
    followUpOn: input.followUpOn,
    resolved: input.resolved ?? previous?.resolved ?? false,
    createdAt: previous?.createdAt ?? now,
    updatedAt: now,
  };
  const tx = db.transaction(['moments', 'agenda', 'meta'], 'readwrite');
  await atomically(tx, () =>
    putMoment(
      { moments: tx.objectStore('moments'), agenda: tx.objectStore('agenda'), meta: tx.objectStore('meta') },
      moment,
    ),
  );
  return moment;
}

/** Deletes a moment and every trace of it: the nudges about it stay in the history, without its words. */
export async function deleteMoment(db: IDBPDatabase<TendDB>, id: string): Promise<null> {
  const tx = db.transaction(['moments', 'agenda', 'meta', 'nudges'], 'readwrite');
  return atomically(tx, async () => {
    const moment = await tx.objectStore('moments').get(id);
    if (!moment) return null;
    await removeMoment(
      { moments: tx.objectStore('moments'), agenda: tx.objectStore('agenda'), meta: tx.objectStore('meta') },
      id,
    );
    const theirs = IDBKeyRange.bound([moment.personId, -Infinity], [moment.personId, Infinity]);
    const aboutIt = (await tx.objectStore('nudges').index('by-person-at').getAll(theirs)).filter(
      (nudge) => nudge.momentId === id,
    );
    await putNudges({ nudges: tx.objectStore('nudges'), meta: tx.objectStore('meta') }, aboutIt.map(withoutMoment));
    return null;
  });
}

export async function listInteractions(db: IDBPDatabase<TendDB>, personId: string): Promise<Interaction[]> {
  const range = IDBKeyRange.bound([personId, -Infinity], [personId, Infinity]);
  return (await db.getAllFromIndex('interactions', 'by-person-at', range)).reverse();
}

/** A connection made without a nudge, logged by hand. */
export async function logInteraction(
  db: IDBPDatabase<TendDB>,
  input: InteractionInput,
  now: number,
): Promise<Interaction> {
  if (input.at > now + 60_000) throw new ProtocolError('invalid-data', 'A connection cannot be logged in the future.');
  const tx = db.transaction(['people', 'roster', 'meta', 'interactions', 'days'], 'readwrite');
  return atomically(tx, async () => {
    const person = await tx.objectStore('people').get(input.personId);
    if (!person) throw new ProtocolError('not-found', 'That person is no longer in Tend.');
    const interaction: Interaction = { id: crypto.randomUUID(), ...input, note: input.note.trim(), nudgeId: null };
    await tx.objectStore('interactions').put(interaction);
    const lastContactAt = Math.max(person.lastContactAt ?? -Infinity, input.at);
    await putPerson(
      { people: tx.objectStore('people'), roster: tx.objectStore('roster'), meta: tx.objectStore('meta') },
      { ...person, lastContactAt, updatedAt: now },
    );
    await countOnDay(tx.objectStore('days'), dayKey(input.at), OTHER_SITE, 'connections');
    return interaction;
  });
}
