import { afterEach, beforeEach, expect } from 'vitest';
import { type FirefoxTend, launchFirefoxTend } from './firefox';

/**
 * A fresh Firefox with Tend for each test, closed (profile and servers
 * removed) after it. Unless `allowForeign`, the test fails if anything asked
 * the proxy for a host that is not a fixture: nothing may leave the machine.
 * With `display`, Firefox shows its window on that X display (for real key presses).
 */
export function firefoxPerTest({
  allowForeign = false,
  display,
}: {
  allowForeign?: boolean;
  display?: () => string;
} = {}): () => FirefoxTend {
  let current: FirefoxTend | undefined;
  beforeEach(async () => {
    current = await launchFirefoxTend(display ? { display: display() } : {});
  });
  afterEach(async () => {
    const tend = current;
    current = undefined;
    if (!tend) return;
    const foreign = [...tend.proxy.foreign];
    await tend.close();
    if (!allowForeign) expect(foreign, 'requests that would have left the machine').toEqual([]);
  });
  return () => {
    if (!current) throw new Error('no Firefox: it is launched before each test');
    return current;
  };
}
