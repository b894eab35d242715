/**
 * Export, import and deletion through the real background: round trips, merge
 * and replace previews, and hundreds of broken files each refused with a
 * message and no change. Long because every way a file can be wrong is here.
 */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { openTendDB } from '../../entrypoints/background/db/open';
import { MAX_BACKUP_BYTES } from '../../utils/backup/backup-file';
import { dayKey } from '../../utils/platform/day';
import { clock, grantedOrigins, send, startBackground } from './background-harness';
import { type DatabaseDump, dumpDatabase } from './db-dump';
import { contentSender, pageSender } from './senders';

async function ok<T>(type: string, data: unknown, sender = pageSender()): Promise<T> {
  const reply = await send({ type, data }, sender);
  if (!reply.ok) throw new Error(`${type}: ${reply.error.message}`);
  return reply.value as T;
}

/** Everything Tend holds, database and settings, to compare before and after. */
async function snapshot() {
  const db = await openTendDB();
  const dump = await dumpDatabase(db as never);
  db.close();
  return { dump, settings: await ok('settings/get', {}) };
}

function withoutRecentCards(stores: DatabaseDump['stores']): DatabaseDump['stores'] {
  const meta = stores.meta;
  if (!meta) return stores;
  const records = meta.records.filter((row) => (row as { id?: unknown }).id !== 'recent-cards');
  return { ...stores, meta: { ...meta, records } };
}

let pageClock = 1_000_000;

/** A real card: a feed tab reports passive scrolling, a few minutes at a time, until Tend shows one. */
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

/** Fills Tend through the protocol, the way the options page and the card would. */
async function fill() {
  grantedOrigins.add('https://forum.example.net/*');
  await ok('settings/update', { thresholdSeconds: 300, dailyCap: 3, quietHours: { from: 1320, to: 420 } });
  await ok('sites/add-custom', { host: 'forum.example.net' });
  const maya = await ok<{ id: string }>('people/save', {
    name: 'Maya <b>Lopez</b>',
    callName: 'May',
    channels: [
      { kind: 'email', value: 'maya@example.org' },
      { kind: 'whatsapp', value: '+4915123456789' },
    ],
    cadenceDays: 14,
    notes: 'Climbing on Thursdays',
  });
  const sam = await ok<{ id: string }>('people/save', { name: 'Sam', channels: [], cadenceDays: null, notes: '' });
  await ok('moments/save', {
    personId: maya.id,
    kind: 'challenge',
    text: 'job interview',
    sharedOn: '2026-11-17',
    followUpOn: '2026-11-24',
  });
  await ok('moments/save', {
    personId: sam.id,
    kind: 'goal',
    text: 'half marathon',
    sharedOn: '2026-10-01',
    followUpOn: null,
  });
  await ok('interactions/log', { personId: sam.id, at: clock.now() - 86_400_000, how: 'call', note: 'Long call' });
  await cardOnAFeed();
  return { maya, sam };
}

beforeEach(async () => {
  await startBackground();
});

afterEach(() => {
  vi.restoreAllMocks();
});

describe('export and import', () => {
  it('round-trips: exporting then importing into an empty Tend gives equal data', async () => {
    await fill();
    const before = await snapshot();
    const exported = await ok<object>('backup/export', {});
    const text = JSON.stringify(exported);

    await startBackground();
    grantedOrigins.add('https://forum.example.net/*');
    const preview = await ok<{ people: { added: number } }>('backup/preview', { text, mode: 'replace' });
    expect(preview.people.added).toBe(2);
    expect(await snapshot()).not.toEqual(before);
    await ok('backup/import', { text, mode: 'replace' });
    const after = await snapshot();
    expect(after.settings).toEqual(before.settings);
    // Sittings and the ledger are working state, not part of a backup; an import forgets the recent cards,
    // which the next ask makes again from the nudges.
    const { sittings: _s1, ledger: _l1, ...restored } = withoutRecentCards(after.dump.stores);
    const { sittings: _s2, ledger: _l2, ...original } = withoutRecentCards(before.dump.stores);
    expect(restored).toEqual(original);
  });

  it('previews a merge, and merging keeps what is here and adds what is new', async () => {
    const { maya } = await fill();
    const text = JSON.stringify(await ok<object>('backup/export', {}));
    await ok('people/save', { id: maya.id, name: 'Maya L.', channels: [], cadenceDays: 7, notes: '' });
    await ok('people/save', { name: 'Noor', channels: [], cadenceDays: null, notes: '' });
    const preview = await ok<{ people: object; settings: string }>('backup/preview', { text, mode: 'merge' });
    expect(preview).toMatchObject({ settings: 'kept', people: { added: 0, updated: 1, unchanged: 1, removed: 0 } });
    await ok('backup/import', { text, mode: 'merge' });
    const names = (await ok<{ name: string }[]>('people/list', {})).map((p) => p.name);
    expect(names).toEqual(['Maya <b>Lopez</b>', 'Noor', 'Sam']);
  });

  it('previews importing its own export as changing nothing, in every store', async () => {
    await fill();
    const text = JSON.stringify(await ok<object>('backup/export', {}));
    const preview = await ok<Record<string, { added: number; updated: number; unchanged: number }>>('backup/preview', {
      text,
      mode: 'merge',
    });
    // Records are compared as JSON text: a record validator that put fields in another order would count each as updated.
    for (const store of ['people', 'moments', 'interactions', 'nudges', 'days']) {
      expect(preview[store], store).toMatchObject({ added: 0, updated: 0 });
      expect(preview[store]?.unchanged, store).toBeGreaterThan(0);
    }
  });

  it('exports what the user calls each person, and imports it back', async () => {
    await fill();
    const file = await ok<{ people: { name: string; callName: string }[] }>('backup/export', {});
    expect(file.people.map(({ name, callName }) => ({ name, callName }))).toEqual(
      expect.arrayContaining([
        { name: 'Maya <b>Lopez</b>', callName: 'May' },
        { name: 'Sam', callName: '' },
      ]),
    );
    await startBackground(clock.now());
    await ok('backup/import', { text: JSON.stringify(file), mode: 'replace' });
    const people = await ok<{ name: string; callName: string }[]>('people/list', {});
    expect(people.find((p) => p.name === 'Maya <b>Lopez</b>')?.callName).toBe('May');
  });

  it('imports a file from before call names, calling everyone by their first name', async () => {
    await fill();
    const file = await ok<{ people: Record<string, unknown>[] }>('backup/export', {});
    const older = { ...file, people: file.people.map(({ callName: _, ...person }) => person) };
    expect(JSON.stringify(older)).not.toContain('callName');
    await startBackground(clock.now());
    grantedOrigins.add('https://forum.example.net/*');
    await ok('backup/import', { text: JSON.stringify(older), mode: 'replace' });
    const people = await ok<{ callName: string }[]>('people/list', {});
    expect(people.map((p) => p.callName)).toEqual(['', '']);
    // What the import stored is what Tend writes: its own export merges back unchanged.
    const again = JSON.stringify(await ok<object>('backup/export', {}));
    const preview = await ok<{ people: object }>('backup/preview', { text: again, mode: 'merge' });
    expect(preview.people).toMatchObject({ added: 0, updated: 0, unchanged: 2 });
  });

  it('refuses a call name of the wrong type or length, saying where', async () => {
    await fill();
    const file = await ok<{ people: Record<string, unknown>[] }>('backup/export', {});
    for (const [callName, problem] of [
      [42, 'must be text, not number'],
      [null, 'must be text, not null'],
      ['x'.repeat(51), 'must be at most 50 characters'],
    ] as const) {
      const [first, ...rest] = file.people;
      const text = JSON.stringify({ ...file, people: [{ ...first, callName }, ...rest] });
      expect(await send({ type: 'backup/import', data: { text, mode: 'merge' } }, pageSender())).toMatchObject({
        ok: false,
        error: { message: `The file has a problem: backup.people[0].callName ${problem}.` },
      });
    }
  });

  it('keeps "Pause here today" as such through an export and an import', async () => {
    await ok('people/save', { name: 'Maya', channels: [], cadenceDays: null, notes: '' });
    const nudgeId = await cardOnAFeed();
    await ok('nudge/pause-site', { nudgeId }, pageSender('nudge.html', 7));
    const text = JSON.stringify(await ok<object>('backup/export', {}));
    await startBackground(clock.now());
    await ok('backup/import', { text, mode: 'replace' });
    const db = await openTendDB();
    expect(await db.getAll('nudges')).toEqual([expect.objectContaining({ id: nudgeId, outcome: 'paused-site' })]);
    db.close();
  });

  it('deletes everything, after an explicit confirmation only', async () => {
    await fill();
    expect(await send({ type: 'data/delete-all', data: { confirm: 'yes' } }, pageSender())).toMatchObject({
      ok: false,
    });
    expect((await ok<unknown[]>('people/list', {})).length).toBe(2);
    await ok('data/delete-all', { confirm: 'delete everything' });
    const after = await snapshot();
    for (const store of Object.values(after.dump.stores)) expect(store.records).toEqual([]);
    expect(after.settings).toMatchObject({ customSites: [], thresholdSeconds: 600 });
  });
});

/** A small deterministic generator, so the same corpus of broken files is tried on every run. */
function random(seed: number) {
  let state = seed;
  return () => {
    state = (state * 1_103_515_245 + 12_345) % 2 ** 31;
    return state / 2 ** 31;
  };
}

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };

/** Every path to a value inside a document, for picking one to break. */
function paths(value: Json, at: (string | number)[] = []): (string | number)[][] {
  const here = at.length > 0 ? [at] : [];
  if (Array.isArray(value)) return [...here, ...value.flatMap((v, i) => paths(v, [...at, i]))];
  if (value && typeof value === 'object')
    return [...here, ...Object.entries(value).flatMap(([k, v]) => paths(v, [...at, k]))];
  return here;
}

function parentOf(document: Json, path: (string | number)[]): { parent: Json; key: string | number } {
  let parent = document;
  for (const step of path.slice(0, -1)) parent = (parent as Record<string | number, Json>)[step] as Json;
  return { parent, key: path.at(-1) as string | number };
}

/** Ways to break a valid backup, each certain to make it invalid. */
const MUTATIONS: Record<string, (doc: Json, next: () => number) => string | null> = {
  'removes a required field': (doc, next) => {
    // Keys of maps (which sites are on, paused days) are optional by nature; every other field is required.
    const isMapEntry = (p: (string | number)[]) =>
      p[0] === 'settings' && (p[1] === 'sites' || p[1] === 'pausedSites') && p.length > 2;
    // Fields added after the format was first written: files from before them import with the default.
    const addedLater = (p: (string | number)[]) =>
      (p[0] === 'people' && p[2] === 'callName' && p.length === 3) ||
      (p[0] === 'settings' && p[1] === 'wakingHours' && p.length === 2);
    const candidates = paths(doc).filter(
      (p) => typeof p.at(-1) === 'string' && p.length >= 2 && !isMapEntry(p) && !addedLater(p),
    );
    const path = candidates[Math.floor(next() * candidates.length)];
    if (!path) return null;
    const { parent, key } = parentOf(doc, path);
    delete (parent as Record<string, Json>)[key as string];
    return JSON.stringify(doc);
  },
  'changes a value to the wrong type': (doc, next) => {
    const candidates = paths(doc).filter((p) => p.length >= 2 && typeof p.at(-1) === 'string');
    const path = candidates[Math.floor(next() * candidates.length)];
    if (!path) return null;
    const { parent, key } = parentOf(doc, path);
    const value = (parent as Record<string, Json>)[key as string];
    const wrong: Json[] = [{ nested: true }, [1, 2], 'text', 42, true];
    const replacement = wrong.find((w) => typeof w !== typeof value || Array.isArray(w) !== Array.isArray(value));
    (parent as Record<string, Json>)[key as string] = replacement ?? { nested: true };
    return JSON.stringify(doc);
  },
  'adds an unknown field': (doc, next) => {
    const objects = paths(doc).filter((p) => {
      const { parent, key } = parentOf(doc, p);
      const value = (parent as Record<string | number, Json>)[key];
      return value !== null && typeof value === 'object' && !Array.isArray(value) && p[0] !== 'settings';
    });
    const path = objects[Math.floor(next() * objects.length)] ?? [];
    const { parent, key } = path.length ? parentOf(doc, path) : { parent: { root: doc } as Json, key: 'root' };
    ((parent as Record<string | number, Json>)[key] as Record<string, Json>).surprise = 'hello';
    return JSON.stringify(doc);
  },
  'smuggles a __proto__ or constructor key': (doc, next) => {
    const text = JSON.stringify(doc);
    const at = text.indexOf('{', Math.floor(next() * (text.length - 10)));
    const key = next() < 0.5 ? '__proto__' : 'constructor';
    return at < 0 ? null : `${text.slice(0, at + 1)}"${key}":{"polluted":true},${text.slice(at + 1)}`;
  },
  'cuts the file short': (doc, next) => {
    const text = JSON.stringify(doc);
    return text.slice(0, 1 + Math.floor(next() * (text.length - 2)));
  },
  'points at someone who is not there': (doc, next) => {
    const d = doc as { moments: { personId: string }[]; interactions: { personId: string }[] };
    const list = next() < 0.5 ? d.moments : d.interactions;
    const record = list[Math.floor(next() * list.length)];
    if (!record) return null;
    record.personId = `ghost-${Math.floor(next() * 1000)}`;
    return JSON.stringify(doc);
  },
  'repeats an id': (doc, next) => {
    const d = doc as Record<'people' | 'moments' | 'nudges', { id: string }[]>;
    const store = (['people', 'moments', 'nudges'] as const)[Math.floor(next() * 3)] ?? 'people';
    const first = d[store][0];
    if (!first) return null;
    d[store].push({ ...first });
    return JSON.stringify(doc);
  },
  'claims another format or version': (doc, next) => {
    const d = doc as { format: string; version: Json };
    const choice = Math.floor(next() * 4);
    if (choice === 0) d.format = 'something-else';
    else d.version = [2, 0, '1', null][choice - 1] ?? 2;
    return JSON.stringify(doc);
  },
  'puts an unsafe link in a channel': (doc, next) => {
    const d = doc as { people: { channels: { kind: string; value: string }[] }[] };
    const person = d.people[Math.floor(next() * d.people.length)];
    if (!person) return null;
    person.channels.push({ kind: 'link', value: next() < 0.5 ? 'javascript:alert(1)' : 'https://evil.example/phish' });
    return JSON.stringify(doc);
  },
  'uses a value out of range': (doc, next) => {
    const d = doc as {
      people: { cadenceDays: number }[];
      days: { passiveMs: number }[];
      settings: { dailyCap: number };
    };
    const choice = Math.floor(next() * 3);
    if (choice === 0 && d.people[0]) d.people[0].cadenceDays = -3;
    else if (choice === 1 && d.days[0]) d.days[0].passiveMs = 1e12;
    else d.settings.dailyCap = 9_999;
    return JSON.stringify(doc);
  },
  'is not JSON at all': (_doc, next) =>
    ['', 'null', '[]', '"tend"', '<html></html>', '{"format":"tend-backup"', '\u0000\u0001'][Math.floor(next() * 7)] ??
    '',
};

describe('after deleting', () => {
  /** Maya with something she shared, and a card about it. */
  async function nudgeAboutAMoment() {
    const maya = await ok<{ id: string }>('people/save', { name: 'Maya', channels: [], cadenceDays: 7, notes: '' });
    const moment = await ok<{ id: string }>('moments/save', {
      personId: maya.id,
      kind: 'challenge',
      text: 'job interview',
      sharedOn: '2026-11-01',
      followUpOn: dayKey(clock.now()),
    });
    await cardOnAFeed();
    const db = await openTendDB();
    const [nudge] = await db.getAll('nudges');
    db.close();
    expect(nudge).toMatchObject({ momentId: moment.id, reason: expect.stringContaining('job interview') });
    return { maya, moment, nudge };
  }

  /** Its own export imports into an empty Tend, giving the same data, and merges into the Tend that made it. */
  async function roundTrips(): Promise<void> {
    const text = JSON.stringify(await ok<object>('backup/export', {}));
    const merged = await ok<Record<string, { added: number; updated: number }>>('backup/preview', {
      text,
      mode: 'merge',
    });
    for (const store of ['people', 'moments', 'interactions', 'nudges']) {
      expect(merged[store], store).toMatchObject({ added: 0, updated: 0 });
    }
    await ok('backup/import', { text, mode: 'merge' });
    const before = (await snapshot()).dump.stores;
    await startBackground(clock.now());
    await ok('backup/import', { text, mode: 'replace' });
    const { sittings: _s1, ledger: _l1, ...restored } = (await snapshot()).dump.stores;
    const { sittings: _s2, ledger: _l2, ...original } = before;
    expect(restored).toEqual(original);
  }

  it('a moment: the nudge about it stays, without its words, and everything still round-trips', async () => {
    const { moment, nudge } = await nudgeAboutAMoment();
    await ok('moments/delete', { id: moment.id });
    const db = await openTendDB();
    expect(await db.get('nudges', nudge?.id ?? '')).toMatchObject({
      momentId: null,
      reason: 'About something they shared that you removed from Tend.',
    });
    db.close();
    expect(JSON.stringify(await ok<object>('backup/export', {}))).not.toContain('job interview');
    await roundTrips();
  });

  it('a person: their nudges stay, naming no one, and everything still round-trips', async () => {
    const { maya } = await nudgeAboutAMoment();
    await ok('people/save', { name: 'Sam', channels: [], cadenceDays: null, notes: '' });
    await ok('people/delete', { id: maya.id });
    const exported = JSON.stringify(await ok<object>('backup/export', {}));
    expect(exported).not.toContain('Maya');
    expect(exported).not.toContain('job interview');
    await roundTrips();
  });

  it('a moment, by an earlier version that left its id and words in the nudge: export, import and merge still work', async () => {
    const { moment } = await nudgeAboutAMoment();
    const db = await openTendDB();
    // As that version left it: the moment gone, and so the open-moment entry kept with it since version 5.
    await db.delete('moments', moment.id);
    await db.delete('agenda', moment.id);
    db.close();
    const exported = JSON.stringify(await ok<object>('backup/export', {}));
    expect(exported).not.toContain('job interview');
    expect(exported).not.toContain(moment.id);
    await roundTrips();
  });

  it('a moment, in a file an earlier version exported: the file still imports, without the words', async () => {
    const { moment } = await nudgeAboutAMoment();
    const file = await ok<{ moments: unknown[] }>('backup/export', {});
    const text = JSON.stringify({ ...file, moments: [] });
    await startBackground(clock.now());
    await ok('backup/import', { text, mode: 'replace' });
    const db = await openTendDB();
    const [nudge] = await db.getAll('nudges');
    db.close();
    expect(nudge).toMatchObject({ momentId: null, reason: 'About something they shared that you removed from Tend.' });
    expect(JSON.stringify(nudge)).not.toContain(moment.id);
  });
});

describe('importing a broken file', () => {
  it('rejects each of 330 broken files with an error, and changes nothing', async () => {
    await fill();
    const valid = await ok<Json>('backup/export', {});
    const before = await snapshot();
    const next = random(20261124);
    const names = Object.keys(MUTATIONS);
    const tried = new Set<string>();
    let attempts = 0;
    while (tried.size < 330 && attempts < 5_000) {
      attempts++;
      const name = names[attempts % names.length] as string;
      const broken = MUTATIONS[name]?.(structuredClone(valid), next);
      if (broken === null || broken === undefined || tried.has(broken)) continue;
      tried.add(broken);
      for (const mode of ['merge', 'replace'] as const) {
        const reply = await send({ type: 'backup/import', data: { text: broken, mode } }, pageSender());
        expect(reply.ok, `${name} was accepted: ${broken.slice(0, 200)}`).toBe(false);
        if (!reply.ok) expect(reply.error.message.length).toBeGreaterThan(20);
      }
    }
    expect(tried.size).toBe(330);
    expect(await snapshot()).toEqual(before);
  });

  it('refuses a file that is too large before reading it', async () => {
    const reply = await send(
      { type: 'backup/preview', data: { text: ' '.repeat(MAX_BACKUP_BYTES + 1), mode: 'merge' } },
      pageSender(),
    );
    expect(reply).toMatchObject({ ok: false, error: { message: expect.stringContaining('larger than 20 MB') } });
  });

  it('names what is wrong', async () => {
    await fill();
    const valid = (await ok<Record<string, unknown>>('backup/export', {})) as { version: number; people: unknown[] };
    const newer = JSON.stringify({ ...valid, version: 2 });
    expect(await send({ type: 'backup/preview', data: { text: newer, mode: 'merge' } }, pageSender())).toMatchObject({
      error: { message: 'This backup was made by a newer Tend (format version 2); update Tend to import it.' },
    });
    const polluted = JSON.stringify(valid).replace('"people":[{', '"people":[{"__proto__":{"admin":true},');
    expect(await send({ type: 'backup/preview', data: { text: polluted, mode: 'merge' } }, pageSender())).toMatchObject(
      {
        error: { message: 'The file has a key that is not allowed: backup.people[0].__proto__.' },
      },
    );
    expect(await send({ type: 'backup/preview', data: { text: '{oops', mode: 'merge' } }, pageSender())).toMatchObject({
      error: { message: expect.stringContaining('not valid JSON') },
    });
  });
});
