import { spawnSync } from 'node:child_process';
import { firefoxPath } from './firefox';

/** Builds the Firefox extension the tests install, and fails early when no Firefox can run them. */
export default function setup(): void {
  firefoxPath();
  // Vitest sets NODE_ENV=test, which would make this a development build.
  const { NODE_ENV: _testMode, ...env } = process.env;
  const build = spawnSync('node_modules/.bin/wxt', ['build', '-b', 'firefox'], { stdio: 'inherit', env });
  if (build.status !== 0) throw new Error('`wxt build -b firefox` failed; the Firefox tests need the built extension.');
}
