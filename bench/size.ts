/**
 * Builds the Chrome extension and prints the raw and gzip size of every
 * bundle, the content script first: it is the one loaded into every feed.
 * Exits non-zero when the content script is over its budget.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { gzipSync } from 'node:zlib';
import { buildExtension } from './common.ts';

const OUTPUT = '.output/chrome-mv3';
const CONTENT_SCRIPT_BUDGET = 4 * 1024;

buildExtension();

function files(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) =>
    entry.isDirectory() ? files(join(dir, entry.name)) : [join(dir, entry.name)],
  );
}

/** The content script's files, as the manifest lists them. */
const manifest = JSON.parse(readFileSync(join(OUTPUT, 'manifest.json'), 'utf8')) as {
  content_scripts?: { js?: string[] }[];
};
const contentFiles = new Set((manifest.content_scripts ?? []).flatMap((script) => script.js ?? []));
const isContent = (file: string) => contentFiles.has(file);

const rank = (file: string) => (isContent(file) ? 0 : file === 'background.js' ? 1 : 2);
const rows = files(OUTPUT)
  .filter((path) => /\.(js|css|html)$/.test(path))
  .map((path) => {
    const bytes = readFileSync(path);
    return { file: relative(OUTPUT, path), raw: bytes.length, gzip: gzipSync(bytes, { level: 9 }).length };
  })
  .sort((a, b) => rank(a.file) - rank(b.file) || b.gzip - a.gzip);

const width = Math.max(...rows.map((row) => row.file.length));
console.log(`${'bundle'.padEnd(width)}  ${'raw'.padStart(9)}  ${'gzip'.padStart(9)}`);
for (const row of rows) {
  console.log(`${row.file.padEnd(width)}  ${String(row.raw).padStart(9)}  ${String(row.gzip).padStart(9)}`);
}

const content = rows.filter((row) => isContent(row.file));
if (content.length === 0) throw new Error(`the manifest in ${OUTPUT} lists no content script`);
const contentGzip = content.reduce((sum, row) => sum + row.gzip, 0);
const verdict = contentGzip <= CONTENT_SCRIPT_BUDGET ? 'within' : 'OVER';
console.log(`\ncontent script: ${contentGzip} B gzip, ${verdict} the ${CONTENT_SCRIPT_BUDGET} B budget`);
if (contentGzip > CONTENT_SCRIPT_BUDGET) process.exitCode = 1;
