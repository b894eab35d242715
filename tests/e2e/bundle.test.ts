/** Checks on what ships, read from the build the browser tests load. */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ICON_SIZES } from '../../utils/platform/icon-sizes';
import { EXTENSION_DIR } from '../chromium';

function files(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) =>
    entry.isDirectory() ? files(join(dir, entry.name)) : [join(dir, entry.name)],
  );
}

describe('the built extension', () => {
  it('contains no code that could make a network request', () => {
    const scripts = files(EXTENSION_DIR).filter((file) => file.endsWith('.js'));
    expect(scripts.length).toBeGreaterThan(3);
    const offenders = scripts.filter((file) =>
      /\bfetch\(|XMLHttpRequest|new WebSocket|sendBeacon|EventSource/.test(readFileSync(file, 'utf8')),
    );
    expect(offenders).toEqual([]);
  });

  it('has an icon at every size the browsers and stores ask for, on the toolbar button too', () => {
    const manifest = JSON.parse(readFileSync(join(EXTENSION_DIR, 'manifest.json'), 'utf8'));
    const expected = Object.fromEntries(ICON_SIZES.map((size) => [String(size), `icon/${size}.png`]));
    expect(manifest.icons).toEqual(expected);
    expect(manifest.action.default_icon).toEqual(expected);
    for (const size of ICON_SIZES) {
      const png = readFileSync(join(EXTENSION_DIR, 'icon', `${size}.png`));
      // A PNG's signature, then its header chunk: width and height, big-endian, at bytes 16 and 20.
      expect(png.subarray(1, 4).toString('ascii')).toBe('PNG');
      expect([png.readUInt32BE(16), png.readUInt32BE(20)]).toEqual([size, size]);
    }
  });

  it('asks only for the permissions the README explains', () => {
    const manifest = JSON.parse(readFileSync(join(EXTENSION_DIR, 'manifest.json'), 'utf8'));
    expect([...manifest.permissions].sort()).toEqual(['alarms', 'scripting', 'storage']);
    expect(manifest.optional_host_permissions).toEqual(['https://*/*']);
    expect(manifest.host_permissions.every((p: string) => /^https:\/\/[a-z.]+\/\*$/.test(p))).toBe(true);
    expect(manifest.web_accessible_resources).toEqual([
      { resources: ['nudge.html'], matches: ['<all_urls>'], use_dynamic_url: true },
    ]);
    expect(manifest.content_security_policy).toBeUndefined();
  });
});
