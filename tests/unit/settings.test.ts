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
