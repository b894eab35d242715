/**
 * The day's shortlist (`day-shortlist.ts`): asked again the same day, the
 * engine weighs the few people it keeps instead of everyone who may be due,
 * and still suggests exactly what it would asked about everyone — after
 * every kind of write, when the people it keeps have all been shown lately,
 * on a new day and after an update of Tend.
 */
import { describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { SHORTLIST_SIZE } from '../../entrypoints/background/db/day-shortlist';
import { putNudge, saveNudge } from '../../entrypoints/background/db/recent-cards';
import { putPerson } from '../../entrypoints/background/db/roster';
import { addDays, dayKey } from '../../utils/platform/day';
import { answered, withDatabase } from './background-harness';
import { checkedPick } from './engine-reference';
import { DAY, NOW, nudge, person } from './fixtures';

const ok = answered;
const tend = withDatabase();

const pickNow = (now = NOW) => checkedPick(tend.db(), now);

const today = dayKey(NOW);

describe("the day's shortlist", () => {
  it('suggests what the engine would after every kind of write the same day', async () => {
    const maya = await ok<{ id: string }>('people/save', { name: 'Maya', channels: [], cadenceDays: 7, notes: '' });
    const sam = await ok<{ id: string }>('people/save', { name: 'Sam', channels: [], cadenceDays: 60, notes: '' });
    const noor = await ok<{ id: string }>('people/save', { name: 'Noor', channels: [], cadenceDays: null, notes: '' });
    for (const name of ['Ana', 'Kofi', 'Ines', 'Tomas', 'Yuki', 'Ravi']) {
      await ok('people/save', { name, channels: [], cadenceDays: null, notes: '' });
    }
    // Sam is not due: with nothing of his today, the shortlist has no place for him.
    await ok('interactions/log', { personId: sam.id, at: NOW - 35 * DAY, how: 'call', note: '' });
    expect((await pickNow())?.personId).not.toBe(sam.id);

    // Something of Sam's that is today comes first the moment it is written.
    const birthday = await ok<{ id: string }>('moments/save', {
      personId: sam.id,
      kind: 'date',
      text: 'birthday',
      sharedOn: addDays(today, -30),
      followUpOn: today,
    });
    expect(await pickNow()).toMatchObject({ personId: sam.id, momentId: birthday.id });

    await ok('moments/delete', { id: birthday.id });
    expect((await pickNow())?.momentId).toBeNull();

    const first = await pickNow();
    await ok('people/archive', { id: first?.personId, archived: true });
    expect((await pickNow())?.personId).not.toBe(first?.personId);

    const next = await pickNow();
    await ok('interactions/log', { personId: next?.personId, at: NOW - 3_600_000, how: 'message', note: '' });
    expect((await pickNow())?.personId).not.toBe(next?.personId);

    await ok('people/delete', { id: noor.id });
    await ok('people/archive', { id: maya.id, archived: false });
    await pickNow();
    await ok('people/save', { name: 'Lena', channels: [], cadenceDays: 14, notes: '' });
    await pickNow();

    // An import that replaces everything leaves no one from before to suggest.
    const backup = await ok<object>('backup/export', {});
    await ok('backup/import', {
      text: JSON.stringify({ ...backup, people: [], moments: [], interactions: [], nudges: [] }),
      mode: 'replace',
    });
    expect(await pickNow()).toBeNull();
  });

  it('weighs only the people it keeps when asked again the same day', async () => {
    await manyDue(3 * SHORTLIST_SIZE);
    const first = await pickNow();
    const getAll = vi.spyOn(IDBIndex.prototype, 'getAll');
    expect(await pickNow()).toEqual(first);
    const indexesRead = getAll.mock.contexts.map((index) => (index as IDBIndex).name);
    expect(indexesRead).not.toContain('active-by-suggest-from');
  });

  it('weighs everyone when the people it keeps have all been shown lately', async () => {
    // The first people by what they could be worth with no past: all turned down a card yesterday.
    await manyDue(SHORTLIST_SIZE + 50, { cardYesterday: true });
    // Everyone after them: less overdue, never shown.
    const tx = tend.db().transaction(['people', 'roster', 'meta'], 'readwrite');
    const stores = { people: tx.objectStore('people'), roster: tx.objectStore('roster'), meta: tx.objectStore('meta') };
    for (let i = 0; i < 50; i++) {
      await putPerson(
        stores,
        person(`q${String(i).padStart(3, '0')}`, { cadenceDays: 30, lastContactAt: NOW - 31 * DAY }),
      );
    }
    await tx.done;
    expect((await pickNow())?.personId).toBe('q000');
    expect((await pickNow())?.personId).toBe('q000');
  });

  it('is made again on a new day, and after an update of Tend', async () => {
    const tx = tend.db().transaction(['people', 'roster', 'meta'], 'readwrite');
    const stores = { people: tx.objectStore('people'), roster: tx.objectStore('roster'), meta: tx.objectStore('meta') };
    await putPerson(stores, person('maya', { cadenceDays: 7, lastContactAt: NOW - 2 * DAY }));
    await putPerson(stores, person('sam', { cadenceDays: 30, lastContactAt: NOW - 40 * DAY }));
    await tx.done;
    expect((await pickNow())?.personId).toBe('sam');
    // Five days on, Maya's week is up and Sam rests after a card: the shortlist made today would not know.
    await saveNudge(tend.db(), nudge('card', { at: NOW + 4 * DAY, personId: 'sam', outcome: 'dismissed' }));
    expect((await pickNow(NOW + 5 * DAY))?.personId).toBe('maya');

    expect(await tend.db().get('meta', 'shortlist')).toBeDefined();
    await fakeBrowser.runtime.onInstalled.trigger({ reason: 'update', previousVersion: '0.9.0' });
    expect(await tend.db().get('meta', 'shortlist')).toBeUndefined();
    expect((await pickNow(NOW + 5 * DAY))?.personId).toBe('maya');
  });
});

/** `count` people of no rhythm never in touch, all equally due: ids p000, p001, … */
async function manyDue(count: number, { cardYesterday = false } = {}) {
  const tx = tend.db().transaction(['people', 'roster', 'meta', 'nudges'], 'readwrite');
  const stores = { people: tx.objectStore('people'), roster: tx.objectStore('roster'), meta: tx.objectStore('meta') };
  for (let i = 0; i < count; i++) {
    const id = `p${String(i).padStart(3, '0')}`;
    await putPerson(stores, person(id, { cadenceDays: null, lastContactAt: null }));
    if (cardYesterday) {
      const card = nudge(`n${id}`, { at: NOW - DAY, personId: id, outcome: 'dismissed' });
      await putNudge({ nudges: tx.objectStore('nudges'), meta: tx.objectStore('meta') }, card);
    }
  }
  await tx.done;
}
