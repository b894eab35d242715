/**
 * The background reads only the people whose ideas could come first
 * (`best-ideas.ts`); these check that it suggests exactly what the engine
 * suggests when asked about everyone and everything, on many seeded
 * circles of every shape, at every hour of a day.
 */
import type { IDBPDatabase } from 'idb';
import { beforeEach, describe, expect, it } from 'vitest';
import { bestIdeas } from '../../entrypoints/background/best-ideas';
import { putMoment } from '../../entrypoints/background/db/agenda';
import { openTendDB } from '../../entrypoints/background/db/open';
import { ensureRoster, putPerson } from '../../entrypoints/background/db/roster';
import type { TendDB } from '../../entrypoints/background/db/schema';
import { pickIdea, remindersAt } from '../../entrypoints/background/nudge-lifecycle';
import { ACTIONS } from '../../utils/nudging/actions';
import { rankIdeas, suggest, worthShowing } from '../../utils/nudging/suggest';
import { addDays, dayKey } from '../../utils/platform/day';
import type { MomentKind, NudgeOutcome, NudgeRecord } from '../../utils/records/types';
import { PREVIEW_SITE } from '../../utils/sites/label';
import { type Random, seededRandom } from '../simulation/random';
import { startBackground } from './background-harness';
import { everything } from './engine-reference';
import { DAY, interaction, moment, NOW, nudge, person } from './fixtures';

const KINDS: MomentKind[] = ['challenge', 'goal', 'milestone', 'date', 'value', 'news'];
const OUTCOMES: NudgeOutcome[] = [
  'shown',
  'acted',
  'done',
  'snoozed',
  'dismissed',
  'paused-site',
  'ignored',
  'planned',
];
const CADENCES = [null, 1, 2, 7, 14, 30, 90];
const EVERYDAY = ['check-in', 'call', 'voice-note', 'propose-coffee', 'share-article', 'thank'];

/** A date around `today`, or a yearly date from years ago that comes back near it. */
function dateNear(random: Random, today: string): string {
  if (random.chance(0.3)) {
    const birthday = addDays(today, random.int(-10, 10));
    return `${random.int(1970, 2020)}${birthday.slice(4)}`;
  }
  if (random.chance(0.05)) return '2000-02-29';
  return addDays(today, random.int(-40, 20));
}

/** Everything the engine could be asked about: people of every rhythm and standing, and what they shared. */
async function circle(db: IDBPDatabase<TendDB>, random: Random, now: number, size: number) {
  const today = dayKey(now);
  const people = Array.from({ length: size }, (_, i) =>
    person(`p${random.int(0, 9)}${i}`, {
      name: `Person ${i}`,
      cadenceDays: random.pick(CADENCES),
      lastContactAt: random.chance(0.25) ? null : now - random.int(-1, 60 * 24) * 3_600_000,
      createdAt: now - random.int(0, 200) * DAY,
      archived: random.chance(0.1),
      channels: random.chance(0.5) ? [{ kind: 'email', value: `p${i}@example.org` }] : [],
    }),
  );
  const moments = Array.from({ length: size * 2 }, (_, i) =>
    moment(`m${i}`, random.pick(people).id, {
      kind: random.pick(KINDS),
      sharedOn: addDays(today, random.int(-60, 3)),
      followUpOn: random.chance(0.3) ? null : dateNear(random, today),
      resolved: random.chance(0.15),
    }),
  );
  const interactions = Array.from({ length: size }, (_, i) =>
    interaction(`i${i}`, random.pick(people).id, { at: now - random.int(0, 40 * 24) * 3_600_000 }),
  );
  const nudges: NudgeRecord[] = Array.from({ length: size * 3 }, (_, i) => {
    const about = random.chance(0.1) ? null : random.pick(people);
    const theirs = moments.filter((m) => m.personId === about?.id);
    const at = now - random.int(0, 35 * 24 * 60) * 60_000;
    return nudge(`n${i}`, {
      at,
      site: random.chance(0.05) ? PREVIEW_SITE : 'instagram',
      personId: about?.id ?? null,
      actionId: random.chance(0.5) ? random.pick(EVERYDAY) : random.pick(ACTIONS).id,
      momentId: theirs.length > 0 && random.chance(0.4) ? random.pick(theirs).id : null,
      outcome: random.pick(OUTCOMES),
      decidedAt: at + random.int(0, 10) * 60_000,
      skipped: random.chance(0.2) && about ? [{ personId: about.id, actionId: random.pick(EVERYDAY) }] : [],
      ...(random.chance(0.1) ? { night: true } : {}),
    });
  });
  const tx = db.transaction(['people', 'roster', 'meta', 'moments', 'agenda', 'interactions', 'nudges'], 'readwrite');
  for (const p of people)
    await putPerson(
      { people: tx.objectStore('people'), roster: tx.objectStore('roster'), meta: tx.objectStore('meta') },
      p,
    );
  for (const m of moments)
    await putMoment(
      { moments: tx.objectStore('moments'), agenda: tx.objectStore('agenda'), meta: tx.objectStore('meta') },
      m,
    );
  for (const i of interactions) await tx.objectStore('interactions').put(i);
  for (const n of nudges) await tx.objectStore('nudges').put(n);
  await tx.done;
}

let db: IDBPDatabase<TendDB>;

beforeEach(async () => {
  await startBackground();
  db = await openTendDB();
  await ensureRoster(db);
  return () => db.close();
});

describe('the best ideas, read through indexes', () => {
  it.each(Array.from({ length: 40 }, (_, seed) => seed + 1))(
    'match the engine asked about everyone (seed %i)',
    async (seed) => {
      const random = seededRandom(seed);
      await circle(db, random, NOW, random.int(1, 40));
      for (const hour of [2, 7, 12, 22.5]) {
        const now = NOW - (NOW % DAY) + hour * 3_600_000 + random.int(-2, 2) * DAY;
        const ask = { now, wakingHours: random.chance(0.5) ? null : { from: 7 * 60, to: 23 * 60 } };
        const all = await everything(db, ask);
        expect((await pickIdea(db, ask)).idea).toEqual(suggest(all));
        const skip = [{ personId: random.pick(all.people).id, actionId: random.pick(EVERYDAY) }];
        expect((await pickIdea(db, { ...ask, skip })).idea).toEqual(suggest({ ...all, skip }));
        const reminded = [...new Set(worthShowing(all).map((idea) => idea.personId))]
          .slice(0, 3)
          .map((id) => all.people.find((p) => p.id === id)?.name);
        expect(await remindersAt(db, now, ask.wakingHours)).toEqual(reminded);
      }
    },
  );

  it('match the engine when so many people rest that their older cards are read for everyone at once', async () => {
    const random = seededRandom(99);
    const tx = db.transaction(['people', 'roster', 'meta', 'moments', 'agenda', 'nudges'], 'readwrite');
    const stores = { people: tx.objectStore('people'), roster: tx.objectStore('roster'), meta: tx.objectStore('meta') };
    for (let i = 0; i < 520; i++) {
      const id = `p${String(i).padStart(3, '0')}`;
      if (i % 2 === 0) {
        // Never in touch and of no rhythm: due, unless a card about them came in the last two weeks.
        await putPerson(stores, person(id, { lastContactAt: null }));
        if (i % 4 === 0) {
          const at = NOW - random.int(8 * 24, 12 * 24) * 3_600_000;
          await tx.objectStore('nudges').put(nudge(`n${i}`, { at, personId: id, outcome: 'dismissed' }));
        }
      } else {
        // In touch yesterday, with a fresh milestone to celebrate: worth a card, less than anyone due.
        await putPerson(stores, person(id, { cadenceDays: 30, lastContactAt: NOW - DAY }));
        const fresh = moment(`m${i}`, id, { kind: 'milestone', sharedOn: addDays(dayKey(NOW), -2), followUpOn: null });
        await putMoment(
          { moments: tx.objectStore('moments'), agenda: tx.objectStore('agenda'), meta: tx.objectStore('meta') },
          fresh,
        );
      }
    }
    await tx.done;
    for (const hour of [9, 15]) {
      const ask = { now: NOW - (NOW % DAY) + hour * 3_600_000, wakingHours: null };
      const all = await everything(db, ask);
      const best = suggest(all);
      // The first person due who rests no more: so the cards of the week before were read.
      expect(best?.personId).toBe('p002');
      expect((await pickIdea(db, ask)).idea).toEqual(best);
      expect(await remindersAt(db, ask.now, null)).toEqual(['P002', 'P006', 'P010']);
    }
  });

  it('match the engine when so many people not due have something to follow up that their rows are read whole', async () => {
    const tx = db.transaction(['people', 'roster', 'meta', 'moments', 'agenda'], 'readwrite');
    const stores = { people: tx.objectStore('people'), roster: tx.objectStore('roster'), meta: tx.objectStore('meta') };
    for (let i = 0; i < 260; i++) {
      const id = `p${String(i).padStart(3, '0')}`;
      await putPerson(stores, person(id, { cadenceDays: 30, lastContactAt: NOW - DAY }));
      const due = moment(`m${i}`, id, { kind: 'news', followUpOn: addDays(dayKey(NOW), -(i % 3)) });
      await putMoment(
        { moments: tx.objectStore('moments'), agenda: tx.objectStore('agenda'), meta: tx.objectStore('meta') },
        due,
      );
    }
    await tx.done;
    const ask = { now: NOW, wakingHours: null };
    const all = await everything(db, ask);
    expect((await pickIdea(db, ask)).idea).toEqual(suggest(all));
    expect((await pickIdea(db, ask)).idea).not.toBeNull();
    expect(await remindersAt(db, NOW, null)).toHaveLength(3);
  });

  it('read in full only the few people whose ideas could come first, among many equally overdue', async () => {
    const tx = db.transaction(['people', 'roster', 'meta'], 'readwrite');
    for (let i = 0; i < 300; i++) {
      const someone = person(`p${String(i).padStart(3, '0')}`, { cadenceDays: 14, lastContactAt: null });
      await putPerson(
        { people: tx.objectStore('people'), roster: tx.objectStore('roster'), meta: tx.objectStore('meta') },
        someone,
      );
    }
    await tx.done;
    const ask = { now: NOW, wakingHours: null };
    const { ideas, people } = await bestIdeas(db, ask, 1);
    expect(ideas[0]).toEqual(rankIdeas(await everything(db, ask))[0]);
    expect(people.size).toBeLessThan(10);
  });
});
