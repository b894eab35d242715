import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { openTendDB } from '../../entrypoints/background/db/open';
import { dayKey } from '../../utils/platform/day';
import { DEFAULT_SETTINGS } from '../../utils/settings/settings';
import { clock, send, startBackground } from './background-harness';
import { contentSender, pageSender } from './senders';

async function stored<S extends 'days' | 'sittings'>(store: S) {
  const db = await openTendDB();
  const records = await db.getAll(store);
  db.close();
  return records;
}

const storedDays = () => stored('days');

function report(sentAt: number, ...spans: [number, number][]) {
  return { type: 'activity/report', data: { sentAt, sentAtWall: clock.now(), spans, showing: null, inSight: true } };
}

beforeEach(async () => {
  await startBackground();
});

afterEach(() => {
  vi.restoreAllMocks();
});

describe('background', () => {
  it('stores a report under the sender’s site and today', async () => {
    const reply = await send({
      type: 'activity/report',
      data: {
        sentAt: 20_000,
        sentAtWall: clock.now(),
        spans: [
          [5_000, 9_000],
          [10_000, 12_000],
        ],
        showing: null,
        inSight: true,
      },
    });
    expect(reply).toEqual({ ok: true, value: { countedMs: 6_000, tracking: true, nudge: null } });
    expect(await storedDays()).toEqual([
      { day: dayKey(clock.now()), site: 'instagram', passiveMs: 6_000, nudges: 0, connections: 0 },
    ]);
  });

  it('reads what is stored back through the protocol', async () => {
    await send(report(20_000, [5_000, 17_000]));
    const reply = await send({ type: 'stats/today', data: {} }, pageSender());
    expect(reply).toEqual({
      ok: true,
      value: {
        day: dayKey(clock.now()),
        sites: [{ site: 'instagram', siteName: 'Instagram', passiveMs: 12_000, nudges: 0, connections: 0 }],
      },
    });
  });

  it('writes nothing for a malformed report or a forbidden sender', async () => {
    expect(
      await send({
        type: 'activity/report',
        data: { sentAt: 20_000, sentAtWall: clock.now(), spans: 'lots', showing: null, inSight: true },
      }),
    ).toMatchObject({
      ok: false,
      error: { code: 'invalid-data' },
    });
    expect(await send(report(20_000, [5_000, 9_000]), pageSender())).toMatchObject({
      ok: false,
      error: { code: 'forbidden' },
    });
    expect(await send(report(20_000, [5_000, 9_000]), contentSender('https://example.com/'))).toMatchObject({
      ok: false,
      error: { code: 'forbidden' },
    });
    expect(await storedDays()).toEqual([]);
  });

  it('never counts one second twice, across tabs or when a report is sent again', async () => {
    const now = clock.now();
    // Two tabs on feeds at once, whose page clocks started at different times.
    expect(await send(report(20_000, [10_000, 20_000]), contentSender('https://www.instagram.com/', 1))).toMatchObject({
      value: { countedMs: 10_000 },
    });
    expect(await send(report(50_000, [45_000, 50_000]), contentSender('https://www.reddit.com/', 2))).toMatchObject({
      value: { countedMs: 0 },
    });
    // The first tab's report arrives again, as after a lost reply.
    expect(await send(report(20_000, [10_000, 20_000]), contentSender('https://www.instagram.com/', 1))).toMatchObject({
      value: { countedMs: 0 },
    });
    clock.set(now + 5_000);
    expect(await send(report(55_000, [45_000, 55_000]), contentSender('https://www.reddit.com/', 2))).toMatchObject({
      value: { countedMs: 5_000 },
    });
    const total = (await storedDays()).reduce((sum, day) => sum + day.passiveMs, 0);
    expect(total).toBe(15_000);
  });

  it('places time by when it was sent, so a report delayed by a waking worker counts nothing twice', async () => {
    const now = clock.now();
    const sent = { sentAt: 20_000, sentAtWall: now, spans: [[10_000, 20_000]], showing: null, inSight: true };
    expect(await send({ type: 'activity/report', data: sent })).toMatchObject({ value: { countedMs: 10_000 } });
    // The same report again, arriving 3 s late while the worker started up.
    clock.set(now + 3_000);
    expect(await send({ type: 'activity/report', data: sent })).toMatchObject({ value: { countedMs: 0 } });
    // A report that claims to have been sent long ago cannot be placed.
    const stale = { ...sent, sentAtWall: now + 3_000 - 120_000 };
    expect(await send({ type: 'activity/report', data: stale })).toMatchObject({
      ok: false,
      error: { code: 'invalid-data' },
    });
    expect((await storedDays())[0]?.passiveMs).toBe(10_000);
  });

  it('keeps a sitting per site and starts a new one after minutes away', async () => {
    const now = clock.now();
    await send(report(10_000, [0, 10_000]));
    clock.set(now + 60_000);
    await send(report(70_000, [65_000, 70_000]));
    let sittings = await stored('sittings');
    expect(sittings).toHaveLength(1);
    expect(sittings[0]).toMatchObject({ site: 'instagram', passiveMs: 15_000, startedAt: now - 10_000 });
    clock.set(now + 10 * 60_000);
    await send(report(700_000, [695_000, 700_000]));
    sittings = await stored('sittings');
    expect(sittings.map((sitting) => sitting.passiveMs).sort()).toEqual([15_000, 5_000].sort());
  });

  it('does not count a site the user turned off, and tells the content script', async () => {
    expect(await send({ type: 'settings/update', data: { sites: { instagram: false } } }, pageSender())).toMatchObject({
      ok: true,
      value: { sites: { instagram: false } },
    });
    expect(await send(report(20_000, [5_000, 9_000]))).toEqual({
      ok: true,
      value: { countedMs: 0, tracking: false, nudge: null },
    });
    expect(await storedDays()).toEqual([]);
  });

  it('does not count private windows unless the user asks for it', async () => {
    const privateTab = contentSender('https://www.instagram.com/', 9, true);
    expect(await send(report(20_000, [5_000, 9_000]), privateTab)).toEqual({
      ok: true,
      value: { countedMs: 0, tracking: false, nudge: null },
    });
    await send({ type: 'settings/update', data: { countIncognito: true } }, pageSender());
    expect(await send(report(20_000, [5_000, 9_000]), privateTab)).toMatchObject({ value: { countedMs: 4_000 } });
  });

  it('refuses settings for sites it does not know, changing nothing', async () => {
    const reply = await send({ type: 'settings/update', data: { sites: { 'evil.example': false } } }, pageSender());
    expect(reply).toMatchObject({ ok: false, error: { code: 'invalid-data' } });
    expect(await send({ type: 'settings/get', data: {} }, pageSender())).toEqual({ ok: true, value: DEFAULT_SETTINGS });
  });
});

describe('a worker stopped in the middle of counting', () => {
  it('leaves nothing half-written, and the retried report counts once', async () => {
    const realPut = IDBObjectStore.prototype.put;
    // The report's last write (its sitting) fails, as if the worker died right there.
    const put = vi.spyOn(IDBObjectStore.prototype, 'put').mockImplementation(function (
      this: IDBObjectStore,
      ...args: Parameters<IDBObjectStore['put']>
    ) {
      if (this.name === 'sittings') throw new DOMException('The worker stopped', 'AbortError');
      return realPut.apply(this, args);
    });
    const logged = vi.spyOn(console, 'error').mockImplementation(() => {});
    expect(await send(report(20_000, [5_000, 9_000]))).toMatchObject({ ok: false, error: { code: 'failed' } });
    expect(logged).toHaveBeenCalledOnce();
    put.mockRestore();
    logged.mockRestore();
    expect(await storedDays()).toEqual([]);
    expect(await stored('sittings')).toEqual([]);

    expect(await send(report(20_000, [5_000, 9_000]))).toMatchObject({ ok: true, value: { countedMs: 4_000 } });
    expect(await send(report(20_000, [5_000, 9_000]))).toMatchObject({ ok: true, value: { countedMs: 0 } });
    expect((await storedDays())[0]?.passiveMs).toBe(4_000);
  });
});
