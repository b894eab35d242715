/**
 * The store packages `npm run zip` makes, and the source archive AMO asks
 * for: unpacked alone into an empty folder, the commands its README gives
 * under "Building from source" must build the very add-on in the Firefox zip,
 * file for file and byte for byte.
 */
import { spawnSync } from 'node:child_process';
import { mkdir, mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { delimiter, dirname, join, relative, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import JSZip from 'jszip';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const README_SECTION = 'Building from source';

/**
 * A shell's environment outside Vitest and npm. Vitest's NODE_ENV=test would make development builds, and the
 * variables `npm test` sets (npm_config_local_prefix above all) would point npm back at this checkout. The warm
 * npm cache stays, and npm prefers it to the network.
 */
function shellEnv(): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = {};
  for (const [name, value] of Object.entries(process.env)) {
    if (/^(NODE_ENV|TEST|VITEST.*|INIT_CWD)$/.test(name)) continue;
    if (/^npm_/i.test(name) && name !== 'npm_config_cache') continue;
    env[name] = value;
  }
  const ownBins = join(ROOT, 'node_modules', '.bin');
  env.PATH = (env.PATH ?? '')
    .split(delimiter)
    .filter((entry) => !entry.startsWith(ownBins))
    .join(delimiter);
  env.npm_config_prefer_offline = 'true';
  return env;
}

/** Runs one shell command in `cwd`; a failure throws with the command, where it ran, its errors and its last words. */
function run(command: string, cwd: string): void {
  const result = spawnSync('sh', ['-c', command], { cwd, env: shellEnv(), encoding: 'utf8', maxBuffer: 64 << 20 });
  if (result.status !== 0) {
    const errors = result.stderr.split('\n').slice(0, 60).join('\n');
    const output = result.stdout.split('\n').slice(-15).join('\n');
    throw new Error(`\`${command}\` failed in ${cwd} (exit ${result.status ?? result.signal}):\n${errors}\n${output}`);
  }
}

/** The commands in the README's "Building from source" code block, one a line, comments and blank lines left out. */
function buildCommands(readme: string): string[] {
  const section = readme.split(/^## /m).find((part) => part.startsWith(`${README_SECTION}\n`));
  if (!section) throw new Error(`The source archive's README.md has no "## ${README_SECTION}" section.`);
  const block = /^```sh\n([\s\S]*?)^```$/m.exec(section)?.[1];
  if (!block) throw new Error(`README.md's "## ${README_SECTION}" has no \`\`\`sh code block.`);
  return block
    .split('\n')
    .map((line) => line.trim())
    .filter((line) => line !== '' && !line.startsWith('#'));
}

async function zipContents(path: string): Promise<Map<string, Uint8Array>> {
  const zip = await JSZip.loadAsync(await readFile(path));
  const files = new Map<string, Uint8Array>();
  for (const entry of Object.values(zip.files)) {
    if (!entry.dir) files.set(entry.name, await entry.async('uint8array'));
  }
  return files;
}

async function folderContents(folder: string): Promise<Map<string, Uint8Array>> {
  const files = new Map<string, Uint8Array>();
  for (const entry of await readdir(folder, { recursive: true, withFileTypes: true })) {
    if (!entry.isFile()) continue;
    const path = join(entry.parentPath, entry.name);
    files.set(relative(folder, path).split(sep).join('/'), await readFile(path));
  }
  return files;
}

async function unpack(files: Map<string, Uint8Array>, folder: string): Promise<void> {
  for (const [name, content] of files) {
    const path = resolve(folder, name);
    if (!path.startsWith(folder + sep)) throw new Error(`The source archive holds a path outside its folder: ${name}`);
    await mkdir(dirname(path), { recursive: true });
    await writeFile(path, content);
  }
}

describe('npm run zip', () => {
  let zipName: (kind: string) => string;
  let sources: Map<string, Uint8Array>;
  let work: string;

  beforeAll(async () => {
    run('npm run zip', ROOT);
    const { name, version } = JSON.parse(await readFile(join(ROOT, 'package.json'), 'utf8'));
    zipName = (kind) => join(ROOT, '.output', `${name}-${version}-${kind}.zip`);
    sources = await zipContents(zipName('sources'));
    work = await mkdtemp(join(tmpdir(), 'tend-sources-'));
  });

  afterAll(async () => {
    if (work) await rm(work, { recursive: true, force: true });
  });

  test('the source archive holds the build’s inputs, not the tests, tools or anything built', () => {
    const names = [...sources.keys()];
    for (const needed of ['README.md', 'package.json', 'package-lock.json', 'wxt.config.ts']) {
      expect(names, `the source archive lacks ${needed}`).toContain(needed);
    }
    const unwanted = names.filter((name) =>
      /^(node_modules|\.output|\.wxt|\.git|\.ci|tests|bench|scripts)(\/|$)|\.test\.ts$/.test(name),
    );
    expect(unwanted, 'files in the source archive that the build does not need').toEqual([]);
  });

  test('following its README, the source archive alone builds the same Firefox add-on', async () => {
    await unpack(sources, work);
    for (const command of buildCommands(await readFile(join(work, 'README.md'), 'utf8'))) run(command, work);

    const built = await folderContents(join(work, '.output', 'firefox-mv3'));
    const packaged = await zipContents(zipName('firefox'));
    expect([...built.keys()].sort(), 'files built from source vs. files in the Firefox zip').toEqual(
      [...packaged.keys()].sort(),
    );
    const differing = [...packaged].filter(
      ([name, bytes]) => Buffer.compare(bytes, built.get(name) ?? new Uint8Array()) !== 0,
    );
    expect(
      differing.map(([name]) => name),
      'files built from source that differ from the Firefox zip',
    ).toEqual([]);
  });

  test('the README names as minimum versions the ones the manifests ask for', async () => {
    const readme = await readFile(join(ROOT, 'README.md'), 'utf8');
    const browsers = /^- \*\*Browsers:\*\*([\s\S]*?)\n(?=- |\n)/m.exec(readme)?.[1]?.replace(/\s+/g, ' ') ?? '';
    const claimed = (pattern: RegExp, what: string): string => {
      const version = pattern.exec(browsers)?.[1];
      if (!version) throw new Error(`README.md's "Browsers" names no minimum for ${what} (${pattern}).`);
      return version;
    };
    const chromium = claimed(/Chromium browsers (\d+) or newer/, 'Chromium');
    const firefox = claimed(/Firefox (\d+) or newer/, 'Firefox');
    const android = claimed(/Firefox for Android from (\d+)/, 'Firefox for Android');

    const manifest = async (kind: string) => {
      const json = (await zipContents(zipName(kind))).get('manifest.json');
      if (!json) throw new Error(`The ${kind} zip has no manifest.json.`);
      return JSON.parse(Buffer.from(json).toString('utf8'));
    };
    const chrome = await manifest('chrome');
    const gecko = (await manifest('firefox')).browser_specific_settings;
    expect(chrome.minimum_chrome_version, 'minimum_chrome_version').toBe(chromium);
    expect(gecko.gecko.strict_min_version, 'gecko.strict_min_version').toBe(`${firefox}.0`);
    expect(gecko.gecko_android.strict_min_version, 'gecko_android.strict_min_version').toBe(`${android}.0`);
  });
});
