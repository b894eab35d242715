import { describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { applySettingsPatch, DEFAULT_SETTINGS, settingsPatch } from '../../utils/settings/settings';

describe('settings', () => {
  it('migrates what version 1 stored, keeping the user’s choices', async () => {
    fakeBrowser.reset();
    await fakeBrowser.storage.local.set({
      settings: { sites: { reddit: false }, countIncognito: true },
      settings$: { v: 1 },
    });
    // WXT migrates an item when it is defined, as the background does when it starts after an update.
    vi.resetModules();
    const { settingsItem } = await import('../../entrypoints/background/settings-store');
    expect(await settingsItem.getValue()).toEqual({
      ...DEFAULT_SETTINGS,
      sites: { reddit: false },
      countIncognito: true,
    });
  });

  it('keeps current settings as they are when the version marker is lost', async () => {
    fakeBrowser.reset();
    const mine = {
      ...DEFAULT_SETTINGS,
      dailyCap: 2,
      customSites: [{ host: 'forum.example.net' }],
      historyDays: 90,
      wakingHours: { from: 480, to: 1320 },
    };
    // Version 5 data with no `settings$` marker: WXT takes it for version 1 and runs every migration.
    await fakeBrowser.storage.local.set({ settings: mine });
    vi.resetModules();
    const { settingsItem } = await import('../../entrypoints/background/settings-store');
    expect(await settingsItem.getValue()).toEqual(mine);
  });

  it('sets back only the broken settings when it reads them, and says which', async () => {
    fakeBrowser.reset();
    const stored = {
      ...DEFAULT_SETTINGS,
      sites: { reddit: false },
      dailyCap: 'lots',
      wakingHours: { from: 480, to: 480 },
      customSites: [{ host: 'forum.example.net' }],
      pausedSites: { instagram: '2026-02-31' },
      unknown: 'dropped',
    };
    await fakeBrowser.storage.local.set({ settings: stored, settings$: { v: 5 } });
    vi.resetModules();
    const { startBackground, send } = await import('./background-harness');
    await startBackground();
    await fakeBrowser.storage.local.set({ settings: stored, settings$: { v: 5 } });
    const { pageSender } = await import('./senders');
    const get = await send({ type: 'settings/get', data: {} }, pageSender());
    expect(get).toEqual({
      ok: true,
      value: { ...DEFAULT_SETTINGS, sites: { reddit: false }, customSites: [{ host: 'forum.example.net' }] },
    });
    const notice = await send({ type: 'settings/reset-notice', data: {} }, pageSender());
    expect(notice).toEqual({ ok: true, value: ['Nudges a day', 'Sites paused today', 'Waking hours'] });
    // Stored repaired: read again, nothing more is reset.
    expect((await fakeBrowser.storage.local.get('settings')).settings).toEqual((get as { value: unknown }).value);
    await send({ type: 'settings/reset-seen', data: {} }, pageSender());
    expect(await send({ type: 'settings/reset-notice', data: {} }, pageSender())).toEqual({ ok: true, value: null });
  });

  it('applies a checked patch and leaves the rest', () => {
    const patch = settingsPatch({ sites: { youtube: false }, dailyCap: 2 }, 'data');
    expect(applySettingsPatch({ ...DEFAULT_SETTINGS, sites: { reddit: false } }, patch)).toEqual({
      ...DEFAULT_SETTINGS,
      sites: { reddit: false, youtube: false },
      dailyCap: 2,
    });
  });

  it.each([
    [{ thresholdSeconds: 5 }],
    [{ dailyCap: -1 }],
    [{ quietHours: { from: 600, to: 600 } }],
    [{ quietHours: { from: 1440, to: 60 } }],
    [{ sites: { 'evil.example': true } }],
    [{ customSites: [{ host: 'x.example' }] }],
  ])('refuses %j', (patch) => {
    expect(() => settingsPatch(patch, 'data')).toThrow();
  });
});
