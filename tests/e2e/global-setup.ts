import { spawnSync } from 'node:child_process';
import { chromiumPath } from '../chromium';

/** Builds the Chrome extension the tests load, and fails early when no browser can run them. */
export default function setup(): void {
  chromiumPath();
  // Vitest sets NODE_ENV=test, which would make this a development build.
  const { NODE_ENV: _testMode, ...env } = process.env;
  const build = spawnSync('node_modules/.bin/wxt', ['build'], { stdio: 'inherit', env });
  if (build.status !== 0) throw new Error('`wxt build` failed; the browser tests need the built extension.');
}
