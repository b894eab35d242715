import { runtime } from './runtime';

/**
 * Whether the extension this script belongs to is still running. After an
 * update, or once it is turned off or removed, browsers leave its content
 * scripts and the frames it put in pages behind, and say so only by taking
 * `runtime.id` away (reading it may also throw).
 */
export function extensionRunning(): boolean {
  try {
    return typeof runtime().id === 'string';
  } catch {
    return false;
  }
}
