/**
 * The demo's browser profile, and removing it however the demo ends. Playwright
 * says the browser closed as soon as its connection goes; Chromium can still be
 * shutting down then, writing to the profile, and removing it at that moment
 * failed (`ENOTEMPTY … rmdir`) and left it behind. So removal waits for the
 * browser's process to exit, then tries again while the folder is busy, and a
 * failure is one line naming the folder, not a stack trace.
 */
import { readlinkSync, rmSync } from 'node:fs';
import { join } from 'node:path';

/**
 * Chromium's process id, from the lock it keeps in its profile on Linux and
 * macOS (`SingletonLock`, a link to "host-pid"). Null where there is none.
 */
export function browserPid(profile: string): number | null {
  try {
    const pid = /-(\d+)$/.exec(readlinkSync(join(profile, 'SingletonLock')))?.[1];
    return pid === undefined ? null : Number(pid);
  } catch {
    return null;
  }
}

function running(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    // EPERM: it exists, but belongs to someone else.
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** What a folder still in use answers while its last writer finishes. */
const BUSY = new Set(['ENOTEMPTY', 'EBUSY', 'EPERM', 'EACCES']);

export interface RemoveOptions {
  /** The browser's process, to wait for before removing; null when unknown or gone. */
  pid?: number | null;
  /** How long to wait for the process and for a busy folder, in all. */
  timeoutMs?: number;
  /** Removes a folder and all it holds; `rmSync` but in tests. */
  remove?: (path: string) => void;
}

/** Removes the profile; returns null when it is gone, or the line to print when it could not be removed. */
export async function removeProfile(
  profile: string,
  {
    pid = null,
    timeoutMs = 15_000,
    remove = (path) => rmSync(path, { recursive: true, force: true }),
  }: RemoveOptions = {},
): Promise<string | null> {
  const deadline = Date.now() + timeoutMs;
  while (pid !== null && running(pid) && Date.now() < deadline) await pause(100);
  for (;;) {
    try {
      remove(profile);
      return null;
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code ?? String(error);
      if (!BUSY.has(code) || Date.now() >= deadline) {
        return `Could not delete the demo's browser profile at ${profile} (${code}). Delete that folder by hand.`;
      }
      await pause(200);
    }
  }
}
