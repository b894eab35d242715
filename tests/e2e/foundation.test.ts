import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { EXTENSION_DIR } from '../chromium';
import { launchTend, type Tend } from './browser';
import { ContentWorld } from './content-world';
import { passiveMsFor, readStore } from './database';
import { scrollFor } from './scroll';

let tend: Tend;

beforeAll(async () => {
  tend = await launchTend();
});

afterAll(async () => {
  await tend.close();
});

describe('the built extension in Chromium', () => {
  it('starts its service worker from the built manifest', async () => {
    const manifest = JSON.parse(readFileSync(join(EXTENSION_DIR, 'manifest.json'), 'utf8'));
    const worker = await tend.worker();
    expect(worker.url()).toBe(`chrome-extension://${tend.extensionId}/${manifest.background.service_worker}`);
    expect(await worker.evaluate(() => chrome.runtime.getManifest().name)).toBe('Tend');
  });

  it('runs the content script on a social feed and on no unrelated site', async () => {
    const feed = await tend.context.newPage();
    await feed.goto('https://www.instagram.com/');
    expect(await ContentWorld.find(feed)).not.toBeNull();

    const unrelated = await tend.context.newPage();
    await unrelated.goto('https://example.com/');
    // Content scripts run at document_idle; by the first idle callback after load they would be there.
    await unrelated.evaluate(() => new Promise((resolve) => requestIdleCallback(resolve)));
    expect(await ContentWorld.find(unrelated, 1_000)).toBeNull();
    await feed.close();
    await unrelated.close();
  });

  it('stores a report of real scrolling in IndexedDB and shows it on the options page', async () => {
    const page = await tend.context.newPage();
    await page.goto('https://www.instagram.com/');
    await ContentWorld.find(page);
    const started = Date.now();
    await scrollFor(page, 7_000);
    const worker = await tend.worker();
    await expect.poll(() => passiveMsFor(worker, 'instagram'), { timeout: 10_000 }).toBeGreaterThan(3_000);
    expect(await passiveMsFor(worker, 'instagram')).toBeLessThanOrEqual(Date.now() - started);

    const options = await tend.openPage('options.html#insights');
    const row = options.locator('tr[data-site="instagram"]');
    await expect.poll(() => row.count()).toBe(1);
    expect(await row.locator('th').textContent()).toBe('Instagram');
    const shownMs = Number(await row.locator('[data-passive-ms]').getAttribute('data-passive-ms'));
    expect(shownMs).toBeGreaterThan(3_000);
    await page.close();
    await options.close();
  });

  it('rejects malformed messages and disallowed senders, writing nothing', async () => {
    const page = await tend.context.newPage();
    await page.goto('https://www.reddit.com/');
    const world = await ContentWorld.find(page);
    if (!world) throw new Error('content script did not run on reddit.com');
    const worker = await tend.worker();
    const before = await readStore(worker, 'days');

    expect(
      await world.sendMessage({
        type: 'activity/report',
        data: { sentAt: 1, sentAtWall: Date.now(), spans: 'all day', showing: null, inSight: true },
      }),
    ).toMatchObject({
      ok: false,
      error: { code: 'invalid-data', message: expect.stringContaining('data.spans must be a list') },
    });
    expect(await world.sendMessage({ type: 'stats/today', data: {} })).toMatchObject({
      ok: false,
      error: { code: 'forbidden' },
    });
    expect(await world.sendMessage({ type: 'people/wipe', data: {} })).toMatchObject({
      ok: false,
      error: { code: 'unknown-message' },
    });

    // A valid report, but from an extension page rather than a content script.
    const options = await tend.openPage('options.html');
    const now = await options.evaluate(() => performance.now());
    const reply = await options.evaluate(
      (sentAt) =>
        chrome.runtime.sendMessage({
          type: 'activity/report',
          data: { sentAt, spans: [[sentAt - 1000, sentAt]], showing: null, inSight: true },
        }),
      now,
    );
    expect(reply).toMatchObject({ ok: false, error: { code: 'forbidden' } });
    expect(await readStore(worker, 'days')).toEqual(before);
    await page.close();
    await options.close();
  });
});
