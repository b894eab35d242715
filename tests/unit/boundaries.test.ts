/**
 * The two rules the tree is laid out to show, and the layers around them,
 * checked on the import graph of the extension's own code:
 * - what the content script may load into a web page;
 * - who may touch the database (the background, and nothing else);
 * - the protocol depends on no context; shared code on no entrypoint;
 * - no import circles.
 */
import { readFileSync, statSync } from 'node:fs';
import { dirname, join, normalize } from 'node:path';
import { describe, expect, it } from 'vitest';
import { sourceFiles } from './source-files';

interface Edge {
  to: string;
  /** `import type`: erased at build time, so it ships nothing. */
  typeOnly: boolean;
}

function resolveImport(from: string, specifier: string): string {
  const base = normalize(join(dirname(from), specifier));
  for (const candidate of [base, `${base}.ts`, `${base}.tsx`, join(base, 'index.ts')]) {
    try {
      if (statSync(candidate).isFile()) return candidate;
    } catch {
      // Not this one; try the next spelling.
    }
  }
  throw new Error(`${from} imports ${specifier}, which is not a file`);
}

const IMPORT = /^(import|export)\s+(type\s+)?[^;]*?from\s+'(\.[^']+)'/gm;

function importsOf(file: string): Edge[] {
  const code = readFileSync(file, 'utf8');
  return [...code.matchAll(IMPORT)].map((match) => ({
    to: resolveImport(file, match[3] ?? ''),
    typeOnly: match[2] !== undefined,
  }));
}

const files = sourceFiles('entrypoints', 'components', 'utils');
const graph = new Map(files.map((file) => [file, importsOf(file)]));

/** Every file `start` loads at run time (type-only imports left out), itself included. */
function loadedBy(start: string): Set<string> {
  const seen = new Set<string>([start]);
  const queue = [start];
  for (let file = queue.pop(); file; file = queue.pop()) {
    for (const edge of graph.get(file) ?? []) {
      if (edge.typeOnly || seen.has(edge.to)) continue;
      seen.add(edge.to);
      queue.push(edge.to);
    }
  }
  return seen;
}

function importersOf(pattern: RegExp, from: (file: string) => boolean): string[] {
  return files
    .filter(from)
    .flatMap((file) =>
      (graph.get(file) ?? []).filter((edge) => pattern.test(edge.to)).map((edge) => `${file} → ${edge.to}`),
    );
}

/** What a web page's content script may load: counting, sites, and asking the background. Nothing names a person, and no polyfill. */
const CONTENT_SAFE = [
  /^entrypoints\/feed\//,
  /^utils\/detection\//,
  /^utils\/sites\//,
  /^utils\/protocol\/(request|tab-messages|card-line)\.ts$/,
  /^utils\/platform\/(runtime|clock|extension-running)\.ts$/,
];

describe('the layout', () => {
  it('lets the content script load only detection, sites and the asking side of the protocol', () => {
    const loaded = [...loadedBy('entrypoints/feed/index.ts')];
    expect(loaded.length).toBeGreaterThan(5);
    expect(loaded.filter((file) => !CONTENT_SAFE.some((allowed) => allowed.test(file)))).toEqual([]);
  });

  it('keeps the database inside the background', () => {
    const outside = (file: string) => !file.startsWith('entrypoints/background/');
    expect(importersOf(/^entrypoints\/background\/db\//, outside)).toEqual([]);
    // The background is the database's only client: pages, components and shared code import none of it.
    expect(importersOf(/^entrypoints\/background\//, outside)).toEqual([]);
    expect(
      importersOf(/^entrypoints\/background\/db\//, (file) => file.startsWith('entrypoints/background/')),
    ).not.toEqual([]);
  });

  it('keeps the protocol a leaf that every context may import', () => {
    const protocol = (file: string) => file.startsWith('utils/protocol/');
    expect(importersOf(/^(entrypoints|components)\//, protocol)).toEqual([]);
  });

  it('keeps shared code free of any one entrypoint', () => {
    const shared = (file: string) => file.startsWith('utils/') || file.startsWith('components/');
    expect(importersOf(/^entrypoints\//, shared)).toEqual([]);
  });

  it('has no import circles', () => {
    const circles: string[] = [];
    const state = new Map<string, 'open' | 'done'>();
    const visit = (file: string, path: string[]) => {
      if (state.get(file) === 'done') return;
      if (state.get(file) === 'open') {
        circles.push([...path.slice(path.indexOf(file)), file].join(' → '));
        return;
      }
      state.set(file, 'open');
      for (const edge of graph.get(file) ?? []) visit(edge.to, [...path, file]);
      state.set(file, 'done');
    };
    for (const file of files) visit(file, []);
    expect(circles).toEqual([]);
  });
});
