/**
 * The hour as a visible rule: outside waking hours one late-night card that
 * plans for the morning instead of reaching out, no suggestion in the popup
 * and no preview, each saying why and until when; the step planned at night
 * comes first in the morning; and the holds that began before midnight still
 * hold after it.
 */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { clock, send, startBackground } from './background-harness';
import { contentSender, pageSender } from './senders';

let pageClock = 100_000;

async function ok<T>(message: unknown, sender = pageSender()): Promise<T> {
  const reply = await send(message, sender);
  if (!reply.ok) throw new Error(`${JSON.stringify(message)} failed: ${reply.error.message}`);
  return reply.value as T;
}

/** `ms` of passive scrolling that just happened in tab 7, as its content script reports it. */
async function scrolled(ms: number): Promise<{ nudge: { id: string } | null }> {
  const wall = clock.now() + ms;
  clock.set(wall);
  pageClock += ms;
  return ok(
    {
      type: 'activity/report',
      data: { sentAt: pageClock, sentAtWall: wall, spans: [[pageClock - ms, pageClock]], showing: null, inSight: true },
    },
    contentSender('https://www.instagram.com/', 7),
  );
}

/** The stores each IndexedDB read touched while `run` ran. */
async function storesRead(run: () => Promise<unknown>): Promise<Set<string>> {
  const read = new Set<string>();
  const spies = [IDBObjectStore.prototype, IDBIndex.prototype].flatMap((proto) =>
    (['get', 'getAll', 'openCursor', 'count'] as const).map((method) => {
      const original = proto[method] as (...args: unknown[]) => unknown;
      return vi.spyOn(proto, method).mockImplementation(function (this: IDBObjectStore | IDBIndex, ...args: unknown[]) {
        read.add('objectStore' in this ? this.objectStore.name : this.name);
        return original.apply(this, args);
      } as never);
    }),
  );
  try {
    await run();
  } finally {
    for (const spy of spies) spy.mockRestore();
  }
  return read;
}

/** What deciding on a suggestion reads; a report may still check the last minutes of nudges for its tab's card. */
const PEOPLES_DATA = ['people', 'moments', 'interactions'];

beforeEach(() => {
  vi.spyOn(fakeBrowser.tabs, 'sendMessage').mockResolvedValue(undefined);
});

afterEach(() => {
  vi.restoreAllMocks();
});

describe.each([
  ['23:30', new Date(2026, 10, 24, 23, 30), new Date(2026, 10, 25, 7, 0)],
  ['03:00', new Date(2026, 10, 25, 3, 0), new Date(2026, 10, 25, 7, 0)],
])('at %s, outside the default waking hours', (_when, night, wakeUp) => {
  beforeEach(async () => {
    await startBackground(night.getTime());
    await ok({ type: 'settings/update', data: { thresholdSeconds: 60 } });
    await ok({ type: 'people/save', data: { name: 'Maya', channels: [], cadenceDays: 7, notes: '' } });
  });

  it('reads no one’s data below the threshold; past it, offers one late-night card, and not a second that night', async () => {
    const read = await storesRead(async () => expect((await scrolled(30_000)).nudge).toBeNull());
    expect(PEOPLES_DATA.filter((store) => read.has(store))).toEqual([]);
    const { nudge } = await scrolled(45_000);
    const plan = await ok<{ night: { wakeAt: string; tomorrow: string[] } | null; personName: string }>(
      { type: 'nudge/plan', data: { nudgeId: nudge?.id } },
      pageSender('nudge.html', 7),
    );
    expect(plan).toMatchObject({ personName: 'Maya', night: { wakeAt: '07:00', tomorrow: ['Maya'] } });
    for (let i = 0; i < 60; i++) expect((await scrolled(60_000)).nudge).toBeNull();
    // Positive control: once waking hours begin, the same scrolling brings a card, a daytime one.
    clock.set(wakeUp.getTime());
    await scrolled(30_000);
    const morning = (await scrolled(45_000)).nudge;
    expect(
      await ok<{ night: unknown }>({ type: 'nudge/plan', data: { nudgeId: morning?.id } }, pageSender('nudge.html', 7)),
    ).toMatchObject({ night: null });
  });

  it('plans the step for the morning, with the message written now, and gives both back first then', async () => {
    await scrolled(30_000);
    const { nudge } = await scrolled(45_000);
    const card = pageSender('nudge.html', 7);
    const plan = await ok<{ title: string }>({ type: 'nudge/plan', data: { nudgeId: nudge?.id } }, card);
    const body = 'Hi Maya, sorry for the silence. Coffee on Saturday?';
    await ok({ type: 'nudge/plan-tomorrow', data: { nudgeId: nudge?.id, body } }, card);
    // Still night: the popup rests, and says until when.
    expect(await ok({ type: 'suggest/now', data: {} })).toMatchObject({ kind: 'resting' });
    clock.set(wakeUp.getTime() + 60_000);
    expect(await ok({ type: 'suggest/now', data: {} })).toMatchObject({
      kind: 'suggestion',
      view: {
        personName: 'Maya',
        title: plan.title,
        reason: 'You planned this last night, when it was too late to reach Maya.',
        draft: { body },
      },
    });
    // And the first card of the day is that step, with the message as written.
    await scrolled(30_000);
    const first = (await scrolled(45_000)).nudge;
    expect(await ok({ type: 'nudge/plan', data: { nudgeId: first?.id } }, card)).toMatchObject({
      title: plan.title,
      draft: { body },
      night: null,
    });
  });

  it('closes the feed when asked, once the card has said good night', async () => {
    const removed: number[] = [];
    vi.spyOn(fakeBrowser.tabs, 'remove').mockImplementation((async (tabId: number) => {
      removed.push(tabId);
    }) as never);
    await scrolled(30_000);
    const { nudge } = await scrolled(45_000);
    const card = pageSender('nudge.html', 7);
    await ok({ type: 'nudge/close-feed', data: { nudgeId: nudge?.id } }, card);
    expect(removed).toEqual([]);
    await ok({ type: 'nudge/hide', data: { nudgeId: nudge?.id } }, card);
    expect(removed).toEqual([7]);
    const history = await ok<{ rows: { outcome: string }[] }>({
      type: 'history/page',
      data: { filter: {}, cursor: null, limit: 10 },
    });
    expect(history.rows.map((row) => row.outcome)).toEqual(['closed-feed']);
  });

  it('tells the popup why it suggests no one now, and when it will again', async () => {
    expect(await ok({ type: 'suggest/now', data: {} })).toEqual({
      kind: 'resting',
      resting: { because: 'outside waking hours', wakingHours: { from: 420, to: 1380 }, until: wakeUp.getTime() },
    });
    clock.set(wakeUp.getTime());
    expect(await ok({ type: 'suggest/now', data: {} })).toMatchObject({ kind: 'suggestion' });
  });

  it('previews no card, saying why; with waking hours off it previews one', async () => {
    expect(await ok({ type: 'nudge/preview', data: {} })).toMatchObject({
      kind: 'resting',
      resting: { until: wakeUp.getTime() },
    });
    await ok({ type: 'settings/update', data: { wakingHours: null } });
    expect(await ok({ type: 'nudge/preview', data: {} })).toMatchObject({ kind: 'card' });
  });

  it('follows waking hours the user moved', async () => {
    const minute = night.getHours() * 60 + night.getMinutes();
    await ok({
      type: 'settings/update',
      data: { wakingHours: { from: (minute + 23 * 60) % 1440, to: (minute + 60) % 1440 } },
    });
    await scrolled(30_000);
    expect((await scrolled(45_000)).nudge).not.toBeNull();
  });
});

describe('holds that began before midnight', () => {
  beforeEach(async () => {
    await startBackground(new Date(2026, 10, 24, 23, 50).getTime());
    await ok({ type: 'settings/update', data: { thresholdSeconds: 60, cooldownMinutes: 30, wakingHours: null } });
    await ok({ type: 'people/save', data: { name: 'Maya', channels: [], cadenceDays: 7, notes: '' } });
  });

  async function cardBeforeMidnight(): Promise<string> {
    const { nudge } = await scrolled(65_000);
    if (!nudge) throw new Error('no card before midnight');
    return nudge.id;
  }

  it('keep a cooldown across midnight and a new sitting', async () => {
    const id = await cardBeforeMidnight();
    await ok({ type: 'nudge/dismiss', data: { nudgeId: id } }, pageSender('nudge.html', 7));
    clock.set(new Date(2026, 10, 25, 0, 10).getTime());
    expect((await scrolled(65_000)).nudge).toBeNull();
    clock.set(new Date(2026, 10, 25, 0, 30).getTime());
    expect((await scrolled(65_000)).nudge).not.toBeNull();
  });

  it('keep a snooze across midnight and a new sitting', async () => {
    await ok({ type: 'settings/update', data: { cooldownMinutes: 0 } });
    const id = await cardBeforeMidnight();
    await ok({ type: 'nudge/snooze', data: { nudgeId: id, minutes: 60 } }, pageSender('nudge.html', 7));
    clock.set(new Date(2026, 10, 25, 0, 30).getTime());
    expect((await scrolled(65_000)).nudge).toBeNull();
    clock.set(new Date(2026, 10, 25, 0, 55).getTime());
    expect((await scrolled(65_000)).nudge).not.toBeNull();
  });
});
