/**
 * The project's own rules, checked on its sources: nothing that reaches the
 * network, writes raw HTML or runs strings as code; no loose `any`;
 * entrypoints that do nothing until their `main` runs; and one clock.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { sourceFiles } from './source-files';

const files = sourceFiles('entrypoints', 'components', 'utils');

const FORBIDDEN: [string, RegExp][] = [
  ['a network request', /\bfetch\(|XMLHttpRequest|WebSocket\(|EventSource\(|sendBeacon\(/],
  ['raw HTML', /innerHTML|outerHTML|insertAdjacentHTML|dangerouslySetInnerHTML|document\.write/],
  ['code from strings', /\beval\(|new Function\(/],
  ['a loose any', /:\s*any\b|as any\b|<any>/],
];

/** Comment lines may name the clock; code may not read it. */
function code(file: string): string {
  return readFileSync(file, 'utf8')
    .split('\n')
    .filter((line) => !/^\s*(\/\/|\/\*|\*)/.test(line))
    .join('\n');
}

/** The one place that reads the wall clock; everything else is given the time. */
const WALL_CLOCK_READER = 'utils/platform/clock.ts';
/** The content script measures with the page's monotonic clock, never the wall clock. */
const MONOTONIC_READERS = /^entrypoints\/feed\//;

describe('the codebase', () => {
  it.each(FORBIDDEN)('has no %s in extension code', (_what, pattern) => {
    const offenders = files.filter((file) => pattern.test(readFileSync(file, 'utf8')));
    expect(offenders).toEqual([]);
  });

  it('reads the wall clock in one place only, so tests can set the time for every rule', () => {
    const wallClock = /\bDate\.now\(|new Date\(\s*\)/;
    expect(files.filter((file) => file !== WALL_CLOCK_READER && wallClock.test(code(file)))).toEqual([]);
    expect(code(WALL_CLOCK_READER)).toMatch(wallClock);
    const monotonic = /performance\.now\(/;
    expect(files.filter((file) => !MONOTONIC_READERS.test(file) && monotonic.test(code(file)))).toEqual([]);
  });

  it('sets no timers in the background: between events its worker is free to sleep, and alarms wake it', () => {
    const timers = /\bset(Timeout|Interval)\(|requestIdleCallback\(/;
    const background = files.filter((file) => file.startsWith('entrypoints/background/'));
    expect(background.length).toBeGreaterThan(0);
    expect(background.filter((file) => timers.test(code(file)))).toEqual([]);
  });

  it('runs its unit tests in the time zone the test project names', () => {
    const zone = process.env.TZ;
    expect(zone).toBeTruthy();
    // Kolkata is also known by its older name.
    expect([zone, zone === 'Asia/Kolkata' ? 'Asia/Calcutta' : zone]).toContain(
      Intl.DateTimeFormat().resolvedOptions().timeZone,
    );
  });

  it('keeps background and content script entrypoints free of work outside main()', () => {
    for (const file of ['entrypoints/background/index.ts', 'entrypoints/feed/index.ts']) {
      const code = readFileSync(file, 'utf8');
      const topLevel = code
        .split('\n')
        .filter((line) => /^[a-z]/.test(line) && !/^(import|export default define|\/\/)/.test(line));
      expect(topLevel, file).toEqual([]);
    }
  });
});
