/**
 * The roster and the agenda (database version 5) are kept in the same
 * transactions as the people and moments they summarise. After every kind
 * of write the background makes, each must be exactly what building it
 * again from the records gives.
 */
import { readFileSync } from 'node:fs';
import type { IDBPDatabase } from 'idb';
import { beforeEach, describe, expect, it } from 'vitest';
import { agendaEntry } from '../../entrypoints/background/db/agenda';
import { openTendDB } from '../../entrypoints/background/db/open';
import { ensureRoster, peopleCount, rosterEntry } from '../../entrypoints/background/db/roster';
import { standing } from '../../utils/people/order';
import { compareKeys, type RankedRow } from '../../utils/people/roster';
import { dayKey } from '../../utils/platform/day';
import type { PeoplePage, PersonNames } from '../../utils/protocol/results';
import type { Moment, Person } from '../../utils/records/types';
import { seededRandom } from '../simulation/random';
import { clock, send, startBackground } from './background-harness';
import { type DatabaseDump, seedDatabase } from './db-dump';
import { DAY, NOW, person } from './fixtures';
import { contentSender, pageSender } from './senders';

async function ok<T>(type: string, data: unknown, sender = pageSender()): Promise<T> {
  const reply = await send({ type, data }, sender);
  if (!reply.ok) throw new Error(`${type}: ${reply.error.message}`);
  return reply.value as T;
}

async function expectSummariesRight(): Promise<void> {
  const db = await openTendDB();
  const [people, roster, moments, agenda, count] = await Promise.all([
    db.getAll('people'),
    db.getAll('roster'),
    db.getAll('moments'),
    db.getAll('agenda'),
    db.get('meta', 'people-count'),
  ]);
  db.close();
  expect(roster).toEqual(people.map(rosterEntry));
  expect(peopleCount(count)).toEqual({
    id: 'people-count',
    active: people.filter((person) => !person.archived).length,
    total: people.length,
  });
  expect(agenda).toEqual(moments.flatMap((moment) => agendaEntry(moment) ?? []));
}

const maya = { name: 'Maya Lopez', callName: '', channels: [], cadenceDays: 14, notes: '' };

async function addMoment(personId: string, fields: Partial<Moment> = {}): Promise<Moment> {
  return ok<Moment>('moments/save', {
    personId,
    kind: 'challenge',
    text: 'job interview',
    sharedOn: dayKey(clock.now() - 7 * DAY),
    followUpOn: dayKey(clock.now()),
    ...fields,
  });
}

/** What the options page sends to change a moment. */
const edited = ({ id, personId, kind, text, sharedOn, followUpOn, resolved }: Moment, changes: Partial<Moment>) => ({
  ...{ id, personId, kind, text, sharedOn, followUpOn, resolved },
  ...changes,
});

let pageClock = 1_000_000;

/** A feed reports passive scrolling until Tend shows a card. */
async function cardOnAFeed(): Promise<string> {
  for (let report = 0; report < 10; report++) {
    const ms = 150_000;
    pageClock += ms;
    clock.set(clock.now() + ms);
    const { nudge } = await ok<{ nudge: { id: string } | null }>(
      'activity/report',
      {
        sentAt: pageClock,
        sentAtWall: clock.now(),
        spans: [[pageClock - ms, pageClock]],
        showing: null,
        inSight: true,
      },
      contentSender(),
    );
    if (nudge) return nudge.id;
  }
  throw new Error('no card after 25 minutes of scrolling');
}

beforeEach(async () => {
  await startBackground();
  await ok('settings/update', { thresholdSeconds: 300, wakingHours: null });
});

describe('the roster and the agenda stay right', () => {
  it('as people are added, changed, archived, brought back and deleted', async () => {
    const added = await ok<Person>('people/save', maya);
    await ok('people/save', { ...maya, name: 'Sam', cadenceDays: null });
    await expectSummariesRight();
    await ok('people/save', {
      ...maya,
      id: added.id,
      name: 'Maya L.',
      cadenceDays: 7,
      channels: [{ kind: 'email', value: 'maya@example.org' }],
    });
    await expectSummariesRight();
    await ok('people/archive', { id: added.id, archived: true });
    await expectSummariesRight();
    await ok('people/archive', { id: added.id, archived: false });
    await expectSummariesRight();
    await addMoment(added.id);
    await ok('people/delete', { id: added.id });
    await expectSummariesRight();
  });

  it('as moments are added, changed, resolved, opened again and deleted', async () => {
    const { id } = await ok<Person>('people/save', maya);
    const interview = await addMoment(id);
    const goal = await addMoment(id, { kind: 'goal', text: 'a half marathon', followUpOn: null });
    await addMoment(id, { kind: 'date', text: 'her birthday', followUpOn: '1992-02-29' });
    await expectSummariesRight();
    await ok('moments/save', edited(interview, { resolved: true }));
    await expectSummariesRight();
    await ok('moments/save', edited(interview, { resolved: false, followUpOn: null }));
    await expectSummariesRight();
    await ok('moments/save', edited(goal, { followUpOn: dayKey(clock.now() + 3 * DAY) }));
    await expectSummariesRight();
    await ok('moments/delete', { id: goal.id });
    await expectSummariesRight();
  });

  it('as connections are logged by hand, from the popup and from a card', async () => {
    const { id } = await ok<Person>('people/save', maya);
    const interview = await addMoment(id);
    await ok('interactions/log', { personId: id, at: clock.now() - 2 * DAY, how: 'call', note: '' });
    await expectSummariesRight();
    await ok('suggest/done', { personId: id, actionId: 'follow-up', momentId: interview.id });
    await expectSummariesRight();
    const goal = await addMoment(id, { kind: 'goal', text: 'a half marathon', followUpOn: dayKey(clock.now()) });
    clock.set(clock.now() + 3 * DAY);
    const nudgeId = await cardOnAFeed();
    await ok('nudge/done', { nudgeId }, pageSender('nudge.html', 7));
    const db = await openTendDB();
    expect((await db.get('moments', goal.id))?.followUpOn).not.toBe(goal.followUpOn);
    await expectSummariesRight();
    // Undo on the card puts the person's last contact and the goal back, and the summaries with them.
    await ok('nudge/undo', { nudgeId }, pageSender('nudge.html', 7));
    expect((await db.get('moments', goal.id))?.followUpOn).toBe(goal.followUpOn);
    db.close();
    await expectSummariesRight();
  });

  it('through an import that merges, one that replaces, pruning, and deleting everything', async () => {
    const { id } = await ok<Person>('people/save', maya);
    await addMoment(id);
    await cardOnAFeed();
    const file = await ok<{ people: Person[]; moments: Moment[] }>('backup/export', {});
    await ok('people/delete', { id });
    await ok('people/save', { ...maya, name: 'Sam' });
    const changed = {
      ...file,
      people: [...file.people, { ...(file.people[0] as Person), id: 'kofi', name: 'Kofi', archived: true }],
      moments: file.moments.map((moment) => ({ ...moment, resolved: true })),
    };
    await ok('backup/import', { text: JSON.stringify(changed), mode: 'merge' });
    await expectSummariesRight();
    await ok('backup/import', { text: JSON.stringify(file), mode: 'replace' });
    await expectSummariesRight();
    clock.set(clock.now() + 40 * DAY);
    await ok('settings/update', { historyDays: 30 });
    await expectSummariesRight();
    await ok('data/delete-all', { confirm: 'delete everything' });
    await expectSummariesRight();
    await ok('people/save', maya);
    await expectSummariesRight();
  });

  it('from an upgraded database, built on the first start, and built again in another time zone', async () => {
    const v4: DatabaseDump = JSON.parse(readFileSync(new URL('../fixtures/db/v4.json', import.meta.url), 'utf8'));
    // A worker that has not opened its database yet, which holds version 4.
    await startBackground();
    const old = await openTendDB({ version: 4 });
    await seedDatabase(old as unknown as IDBPDatabase<unknown>, v4);
    old.close();
    expect((await ok<PeoplePage>('people/page', { order: 'name', archived: true, limit: 10 })).total).toBe(1);
    await expectSummariesRight();
    const db = await openTendDB();
    // What a start in another zone finds: a roster whose local dates were computed elsewhere.
    await db.put('meta', { id: 'roster-zone', zone: 'Elsewhere/Nowhere' });
    await db.put('roster', { ...rosterEntry(person('stale', { name: 'Stale' })), dueDay: '1999-01-01' });
    await ensureRoster(db);
    db.close();
    await expectSummariesRight();
  });
});

describe('the people list read through the roster', () => {
  /** A circle with every rhythm and standing, some never in touch, some archived. */
  async function circle(size: number): Promise<void> {
    const random = seededRandom(size);
    for (let i = 0; i < size; i++) {
      const saved = await ok<Person>('people/save', {
        ...maya,
        name: `${random.pick(['Ana', 'Émile', 'zoë', 'Zoe', 'omar', 'Ines'])} ${random.int(1, 30)}`,
        cadenceDays: random.pick([null, 1, 7, 14, 30]),
      });
      if (random.chance(0.7)) {
        const at = clock.now() - random.int(0, 90 * 24) * 3_600_000;
        await ok('interactions/log', { personId: saved.id, at, how: 'message', note: '' });
      }
      if (random.chance(0.2)) await ok('people/archive', { id: saved.id, archived: true });
    }
  }

  it('gives the first page in each order as sorting everyone by the same keys would', async () => {
    await circle(40);
    const rows = await ok<RankedRow[]>('people/rows', {});
    for (const order of ['name', 'overdue'] as const) {
      for (const archived of [false, true]) {
        const page = await ok<PeoplePage>('people/page', { order, archived, limit: 15 });
        const key = (row: RankedRow) => (order === 'name' ? row.nameKey : row.overdueKey);
        const expected = rows
          .filter((row) => archived || !row.archived)
          .sort((a, b) => compareKeys(key(a), key(b)))
          .slice(0, 15);
        expect(page.rows).toEqual(expected);
        expect(page.active).toBe(rows.filter((row) => !row.archived).length);
        expect(page.total).toBe(rows.length);
      }
    }
  });

  it('names everyone or the active, by name, up to a limit, saying whether there are more', async () => {
    await circle(40);
    const rows = await ok<RankedRow[]>('people/rows', {});
    const byName = [...rows].sort((a, b) => compareKeys(a.nameKey, b.nameKey));
    const named = (list: RankedRow[]) => list.map(({ id, name, archived }) => ({ id, name, archived }));
    const active = byName.filter((row) => !row.archived);
    expect(await ok<PersonNames>('people/names', { active: false })).toEqual({ names: named(byName), more: false });
    expect(await ok<PersonNames>('people/names', { active: true })).toEqual({ names: named(active), more: false });
    expect(await ok<PersonNames>('people/names', { active: true, limit: 10 })).toEqual({
      names: named(active.slice(0, 10)),
      more: true,
    });
    expect(await ok<PersonNames>('people/names', { active: false, limit: rows.length })).toEqual({
      names: named(byName),
      more: false,
    });
    for (const limit of [0, 1.5, 1_001, '10']) {
      const reply = await send({ type: 'people/names', data: { active: false, limit } }, pageSender());
      expect(reply.ok).toBe(false);
    }
  });

  it('orders most overdue first as the days overdue, then the days since, then the name say, on any day', async () => {
    await circle(40);
    const rows = await ok<RankedRow[]>('people/rows', {});
    const byKey = [...rows].sort((a, b) => compareKeys(a.overdueKey, b.overdueKey));
    for (const now of [NOW, NOW + 5 * DAY, NOW + 40 * DAY]) {
      const rank = (row: RankedRow): [number, number] => {
        const { overdueDays, daysSince } = standing(row, now);
        return [overdueDays ?? -Infinity, daysSince ?? Infinity];
      };
      for (let i = 1; i < byKey.length; i++) {
        const [[overdueA, sinceA], [overdueB, sinceB]] = [rank(byKey[i - 1] as RankedRow), rank(byKey[i] as RankedRow)];
        // Earlier in the list: more days overdue, or as many and longer since they were in touch.
        expect(overdueA > overdueB || (overdueA === overdueB && sinceA >= sinceB)).toBe(true);
      }
    }
  });
});
