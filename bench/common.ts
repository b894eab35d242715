/** What every benchmark does first, and how they summarise rounds. */
import { spawnSync } from 'node:child_process';

/** A production build of the Chrome extension (npm scripts may set NODE_ENV, which would make a dev build). */
export function buildExtension(): void {
  const { NODE_ENV: _mode, ...env } = process.env;
  if (spawnSync('node_modules/.bin/wxt', ['build'], { stdio: 'ignore', env }).status !== 0) {
    throw new Error('wxt build failed');
  }
}

export function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? (sorted[mid] ?? 0) : ((sorted[mid - 1] ?? 0) + (sorted[mid] ?? 0)) / 2;
}
