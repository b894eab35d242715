/**
 * `npm run demo` deletes its browser profile however the browser closes:
 * after the browser's process is gone, even while a folder is still busy,
 * and when it cannot, it says so in one line naming the folder. A small
 * Node process stands in for a Chromium that is still shutting down.
 */
import { type ChildProcess, spawn } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, rmSync, symlinkSync } from 'node:fs';
import { hostname, tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { browserPid, removeProfile } from '../../scripts/demo-profile';

const profiles: string[] = [];
const children: ChildProcess[] = [];

function profile(): string {
  const dir = mkdtempSync(join(tmpdir(), 'tend-demo-test-'));
  profiles.push(dir);
  return dir;
}

afterEach(() => {
  for (const child of children.splice(0)) if (child.exitCode === null) child.kill();
  for (const dir of profiles.splice(0)) rmSync(dir, { recursive: true, force: true });
});

/** A browser shutting down: it writes into the profile for a while longer, then exits. */
function shuttingDownBrowser(dir: string): ChildProcess {
  const script = `
    const { mkdirSync, writeFileSync } = require('node:fs');
    const { join } = require('node:path');
    const end = Date.now() + 1500;
    let n = 0;
    const write = () => {
      try {
        mkdirSync(join(process.argv[1], 'Default', 'Cache'), { recursive: true });
        writeFileSync(join(process.argv[1], 'Default', 'Cache', 'entry-' + n++), 'x'.repeat(4096));
      } catch { process.exit(0); }
      if (Date.now() < end) setTimeout(write, 5); else process.exit(0);
    };
    write();`;
  const child = spawn(process.execPath, ['-e', script, dir], { stdio: 'ignore' });
  children.push(child);
  return child;
}

async function untilWriting(dir: string): Promise<void> {
  const written = () => existsSync(join(dir, 'Default', 'Cache')) && readdirSync(join(dir, 'Default', 'Cache')).length;
  while (!written()) await new Promise((resolve) => setTimeout(resolve, 10));
}

function errno(code: string): NodeJS.ErrnoException {
  return Object.assign(new Error(`${code}: directory not empty, rmdir '/x'`), { code });
}

describe("the demo's profile", () => {
  it('is removed once the browser that is still writing to it has exited', async () => {
    const dir = profile();
    const browser = shuttingDownBrowser(dir);
    // Chromium's lock names its process; the demo reads it there.
    symlinkSync(`${hostname()}-${browser.pid}`, join(dir, 'SingletonLock'));
    expect(browserPid(dir)).toBe(browser.pid);
    await untilWriting(dir);

    expect(await removeProfile(dir, { pid: browserPid(dir) })).toBeNull();
    expect(browser.exitCode).toBe(0);
    expect(existsSync(dir)).toBe(false);
  });

  it('is removed when the folder is busy for a moment after the browser has gone', async () => {
    const dir = profile();
    mkdirSync(join(dir, 'Default'));
    let tries = 0;
    const failure = await removeProfile(dir, {
      remove: (path) => {
        if (++tries <= 3) throw errno('ENOTEMPTY');
        rmSync(path, { recursive: true, force: true });
      },
    });
    expect(failure).toBeNull();
    expect(tries).toBe(4);
    expect(existsSync(dir)).toBe(false);
  });

  it('that cannot be removed is named in one line, not a stack trace', async () => {
    const dir = profile();
    const failure = await removeProfile(dir, {
      timeoutMs: 300,
      remove: () => {
        throw errno('ENOTEMPTY');
      },
    });
    expect(failure).toBe(
      `Could not delete the demo's browser profile at ${dir} (ENOTEMPTY). Delete that folder by hand.`,
    );
    // Not a folder in use: it is said at once.
    expect(
      await removeProfile(dir, {
        remove: () => {
          throw errno('EROFS');
        },
      }),
    ).toBe(`Could not delete the demo's browser profile at ${dir} (EROFS). Delete that folder by hand.`);
  });

  it('has no known browser process when Chromium holds no lock there', () => {
    expect(browserPid(profile())).toBeNull();
  });
});
