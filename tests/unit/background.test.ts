import { IDBFactory } from 'fake-indexeddb';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { dayKey } from '../../utils/day';
import { openTendDB } from '../../utils/db/open';
import { contentSender, pageSender } from './senders';

/** Starts a fresh background, as a worker that just woke up would. */
async function startBackground() {
  vi.resetModules();
  const { default: background } = await import('../../entrypoints/background/index');
  background.main();
}

async function send(message: unknown, sender = contentSender()) {
  // The fake browser types senders as Chrome's; ours follow webextension-polyfill's, which it accepts at run time.
  const chromeSender = sender as Parameters<typeof fakeBrowser.runtime.onMessage.trigger>[1];
  const [reply] = await fakeBrowser.runtime.onMessage.trigger(message, chromeSender, () => {});
  return reply;
}

async function storedDays() {
  const db = await openTendDB();
  const days = await db.getAll('days');
  db.close();
  return days;
}

beforeEach(async () => {
  fakeBrowser.reset();
  globalThis.indexedDB = new IDBFactory();
  await startBackground();
});

describe('background', () => {
  it('stores a report under the sender’s site and today', async () => {
    const reply = await send({
      type: 'activity/report',
      data: {
        sentAt: 20_000,
        spans: [
          [5_000, 9_000],
          [10_000, 12_000],
        ],
      },
    });
    expect(reply).toEqual({ ok: true, value: { countedMs: 6_000 } });
    expect(await storedDays()).toEqual([
      { day: dayKey(Date.now()), site: 'instagram', passiveMs: 6_000, nudges: 0, connections: 0 },
    ]);
  });

  it('reads what is stored back through the protocol', async () => {
    await send({ type: 'activity/report', data: { sentAt: 20_000, spans: [[5_000, 17_000]] } });
    const reply = await send({ type: 'stats/today', data: {} }, pageSender());
    expect(reply).toEqual({
      ok: true,
      value: {
        day: dayKey(Date.now()),
        sites: [{ site: 'instagram', siteName: 'Instagram', passiveMs: 12_000, nudges: 0, connections: 0 }],
      },
    });
  });

  it('writes nothing for a malformed report or a forbidden sender', async () => {
    expect(await send({ type: 'activity/report', data: { sentAt: 20_000, spans: 'lots' } })).toMatchObject({
      ok: false,
      error: { code: 'invalid-data' },
    });
    expect(
      await send({ type: 'activity/report', data: { sentAt: 20_000, spans: [[5_000, 9_000]] } }, pageSender()),
    ).toMatchObject({ ok: false, error: { code: 'forbidden' } });
    expect(
      await send(
        { type: 'activity/report', data: { sentAt: 20_000, spans: [[5_000, 9_000]] } },
        contentSender('https://example.com/'),
      ),
    ).toMatchObject({ ok: false, error: { code: 'forbidden' } });
    expect(await storedDays()).toEqual([]);
  });
});
