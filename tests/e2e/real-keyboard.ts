/**
 * Keys pressed as a person presses them, through an X server, for what only
 * the browser itself handles: an extension's keyboard shortcut. Playwright's
 * key presses go straight to the page and never reach the browser's
 * shortcuts, so a test of one shows Chromium's window on a virtual display
 * (Xvfb) and presses the keys with xdotool.
 */
import { type ChildProcess, spawn, spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';

export interface VirtualDisplay {
  /** The X display, e.g. ":93", to give the browser. */
  display: string;
  /**
   * Presses keys (xdotool's names, e.g. "alt+shift+y") in the browser's window, which takes the focus first:
   * the window whose class matches `browser` ("chromium", "firefox").
   */
  press(keys: string, browser?: string): void;
  close(): void;
}

function need(tool: string): void {
  if (spawnSync('which', [tool]).status !== 0) {
    throw new Error(`${tool} is missing: tests of keyboard shortcuts need it (apt-get install xvfb xdotool).`);
  }
}

/** Starts Xvfb on the first free display from :90 on, ready once its socket is there. */
export async function startVirtualDisplay(): Promise<VirtualDisplay> {
  need('Xvfb');
  need('xdotool');
  let number = 90;
  while (existsSync(`/tmp/.X11-unix/X${number}`) || existsSync(`/tmp/.X${number}-lock`)) number++;
  const display = `:${number}`;
  const server: ChildProcess = spawn('Xvfb', [display, '-screen', '0', '1280x800x24', '-nolisten', 'tcp'], {
    stdio: 'ignore',
  });
  const deadline = Date.now() + 10_000;
  while (!existsSync(`/tmp/.X11-unix/X${number}`)) {
    if (server.exitCode !== null || Date.now() > deadline) throw new Error(`Xvfb did not start on ${display}`);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  const env = { ...process.env, DISPLAY: display };
  const xdotool = (...args: string[]) => {
    const run = spawnSync('xdotool', args, { env, encoding: 'utf8' });
    if (run.status !== 0) throw new Error(`xdotool ${args.join(' ')}: ${run.stderr.trim()}`);
    return run.stdout.trim();
  };
  return {
    display,
    press(keys, browser = 'chromium') {
      for (const window of xdotool('search', '--onlyvisible', '--class', browser).split('\n')) {
        xdotool('windowfocus', '--sync', window);
      }
      xdotool('key', '--clearmodifiers', keys);
    },
    close() {
      server.kill();
    },
  };
}
