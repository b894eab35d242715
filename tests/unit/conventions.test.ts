/**
 * The project's own rules, checked on its sources: nothing that reaches the
 * network, writes raw HTML or runs strings as code; no loose `any`; and
 * entrypoints that do nothing until their `main` runs.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

function sources(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) =>
    entry.isDirectory()
      ? sources(join(dir, entry.name))
      : /\.(ts|tsx)$/.test(entry.name)
        ? [join(dir, entry.name)]
        : [],
  );
}

const files = ['entrypoints', 'components', 'utils'].flatMap(sources);

const FORBIDDEN: [string, RegExp][] = [
  ['a network request', /\bfetch\(|XMLHttpRequest|WebSocket\(|EventSource\(|sendBeacon\(/],
  ['raw HTML', /innerHTML|outerHTML|insertAdjacentHTML|dangerouslySetInnerHTML|document\.write/],
  ['code from strings', /\beval\(|new Function\(/],
  ['a loose any', /:\s*any\b|as any\b|<any>/],
];

describe('the codebase', () => {
  it.each(FORBIDDEN)('has no %s in extension code', (_what, pattern) => {
    const offenders = files.filter((file) => pattern.test(readFileSync(file, 'utf8')));
    expect(offenders).toEqual([]);
  });

  it('keeps background and content script entrypoints free of work outside main()', () => {
    for (const file of ['entrypoints/background/index.ts', 'entrypoints/feed.content/index.ts']) {
      const code = readFileSync(file, 'utf8');
      const topLevel = code
        .split('\n')
        .filter((line) => /^[a-z]/.test(line) && !/^(import|export default define|\/\/)/.test(line));
      expect(topLevel, file).toEqual([]);
    }
  });
});
