import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { DEFAULT_SETTINGS } from '../../utils/settings/settings';
import { watchedSite } from '../../utils/settings/watched-site';
import { CustomSiteError, normaliseHost } from '../../utils/sites/custom';
import {
  clock,
  failRegistration,
  grantedOrigins,
  registeredScripts,
  send,
  setManifestFiles,
  startBackground,
} from './background-harness';
import { contentSender, pageSender } from './senders';

describe('sites the user adds', () => {
  it('understands what people type for a site', () => {
    expect(normaliseHost('forum.example.net')).toBe('forum.example.net');
    expect(normaliseHost(' https://Forum.Example.net/t/123 ')).toBe('forum.example.net');
    for (const bad of [
      '',
      'localhost',
      'http://forum.example.net',
      'ftp://x.example',
      '*.example.net',
      'user:pw@x.example.net',
    ]) {
      expect(() => normaliseHost(bad), bad).toThrow(CustomSiteError);
    }
    expect(() => normaliseHost('www.reddit.com')).toThrow('Reddit is built in');
  });

  it('watches every page of an added site, and only added ones', () => {
    const settings = { ...DEFAULT_SETTINGS, customSites: [{ host: 'forum.example.net' }] };
    expect(watchedSite('forum.example.net', settings)?.feeds.some((f) => f.test('/anything/at/all'))).toBe(true);
    expect(watchedSite('other.example.net', settings)).toBeUndefined();
    expect(watchedSite('www.instagram.com', settings)?.id).toBe('instagram');
  });
});

describe('adding and removing a site', () => {
  beforeEach(async () => {
    await startBackground();
  });

  it('refuses a site the user has not granted, and registers the content script for one they have', async () => {
    const add = { type: 'sites/add-custom', data: { host: 'forum.example.net' } };
    expect(await send(add, pageSender())).toMatchObject({ ok: false, error: { code: 'forbidden' } });
    expect(registeredScripts.size).toBe(0);

    grantedOrigins.add('https://forum.example.net/*');
    expect(await send(add, pageSender())).toMatchObject({
      ok: true,
      value: { customSites: [{ host: 'forum.example.net' }] },
    });
    expect([...registeredScripts.values()]).toEqual([
      expect.objectContaining({ matches: ['https://forum.example.net/*'], js: ['feed.js'] }),
    ]);
    const report = { sentAt: 20_000, sentAtWall: clock.now(), spans: [[5_000, 9_000]], showing: null, inSight: true };
    expect(
      await send({ type: 'activity/report', data: report }, contentSender('https://forum.example.net/t/1', 4)),
    ).toMatchObject({ ok: true, value: { countedMs: 4_000 } });
  });

  it('tells a content script which paths of its own site are feeds, and refuses a site it does not watch', async () => {
    const ask = { type: 'site/feed-paths', data: {} };
    const instagram = await send(ask, contentSender('https://www.instagram.com/'));
    expect(instagram).toMatchObject({ ok: true, value: { notFeeds: expect.arrayContaining(['^\\/direct(\\/|$)']) } });
    expect(await send(ask, contentSender('https://forum.example.net/'))).toMatchObject({
      ok: false,
      error: { code: 'forbidden' },
    });
    grantedOrigins.add('https://forum.example.net/*');
    await send({ type: 'sites/add-custom', data: { host: 'forum.example.net' } }, pageSender());
    // Every page of a site the user added counts.
    expect(await send(ask, contentSender('https://forum.example.net/t/1'))).toEqual({
      ok: true,
      value: { feeds: ['^\\/'], notFeeds: [] },
    });
    // Only a content script asks: a page has no site of its own.
    expect(await send(ask, pageSender())).toMatchObject({ ok: false, error: { code: 'forbidden' } });
  });

  it('unregisters and forgets a site when it is removed or its access is revoked', async () => {
    grantedOrigins.add('https://forum.example.net/*');
    grantedOrigins.add('https://news.example.org/*');
    await send({ type: 'sites/add-custom', data: { host: 'forum.example.net' } }, pageSender());
    await send({ type: 'sites/add-custom', data: { host: 'https://news.example.org/' } }, pageSender());
    await send({ type: 'sites/remove-custom', data: { host: 'forum.example.net' } }, pageSender());
    expect(grantedOrigins.has('https://forum.example.net/*')).toBe(false);
    expect([...registeredScripts.values()][0]?.matches).toEqual(['https://news.example.org/*']);

    // Revoked in the browser's settings: the next sync drops it.
    grantedOrigins.clear();
    const { syncCustomSites } = await import('../../entrypoints/background/custom-site-scripts');
    expect((await syncCustomSites()).customSites).toEqual([]);
    expect(registeredScripts.size).toBe(0);
  });

  it('registers the script by its path inside the extension, though Firefox names it by full address', async () => {
    setManifestFiles(['moz-extension://6f1e2d3c-aaaa-bbbb-cccc-123456789abc/feed.js']);
    grantedOrigins.add('https://forum.example.net/*');
    await send({ type: 'sites/add-custom', data: { host: 'forum.example.net' } }, pageSender());
    expect([...registeredScripts.values()][0]?.js).toEqual(['feed.js']);
  });

  it('adds nothing, and gives the access back, when the browser will not start Tend on the site', async () => {
    failRegistration(new Error('Type error for scripting.registerContentScripts'));
    grantedOrigins.add('https://forum.example.net/*');
    const reply = await send({ type: 'sites/add-custom', data: { host: 'forum.example.net' } }, pageSender());
    expect(reply).toMatchObject({
      ok: false,
      error: { code: 'failed', message: expect.stringContaining('not added') },
    });
    expect(await send({ type: 'settings/get', data: {} }, pageSender())).toMatchObject({
      ok: true,
      value: { customSites: [] },
    });
    expect(grantedOrigins.has('https://forum.example.net/*')).toBe(false);
    expect(registeredScripts.size).toBe(0);
  });

  it('keeps its alarms and badge even when a saved site cannot be registered at startup', async () => {
    grantedOrigins.add('https://forum.example.net/*');
    await send({ type: 'sites/add-custom', data: { host: 'forum.example.net' } }, pageSender());
    failRegistration(new Error('registration refused'));
    registeredScripts.clear();
    const logged = vi.spyOn(console, 'error').mockImplementation(() => {});
    await fakeBrowser.runtime.onStartup.trigger();
    expect(logged).toHaveBeenCalledWith('Tend upkeep:', expect.any(Error));
    expect((await fakeBrowser.alarms.getAll()).map((alarm) => alarm.name).sort()).toEqual(['new-day', 'prune-history']);
  });

  it('refuses what is not a site', async () => {
    expect(await send({ type: 'sites/add-custom', data: { host: 'javascript:alert(1)' } }, pageSender())).toMatchObject(
      {
        ok: false,
        error: { code: 'invalid-data' },
      },
    );
  });
});
