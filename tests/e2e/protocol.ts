import type { Tend } from './browser';

/**
 * Sends a protocol message from one of Tend's pages, as the options page
 * would, and returns the result; a refusal throws with the background's
 * message. Tests set up people and settings this way, through the same
 * validation the UI goes through.
 */
export async function call<T = unknown>(tend: Tend, type: string, data: unknown): Promise<T> {
  const page = await tend.inspector();
  const reply = (await page.evaluate(
    ([messageType, messageData]) => chrome.runtime.sendMessage({ type: messageType, data: messageData }),
    [type, data] as const,
  )) as { ok: true; value: T } | { ok: false; error: { message: string } };
  if (!reply.ok) throw new Error(`${type}: ${reply.error.message}`);
  return reply.value;
}

export interface SeededPerson {
  id: string;
  name: string;
}

export async function addPerson(tend: Tend, fields: Record<string, unknown>): Promise<SeededPerson> {
  return call<SeededPerson>(tend, 'people/save', { channels: [], cadenceDays: null, notes: '', ...fields });
}

/** Nudges after 10 s of passive scrolling, as often as the scrolling allows. */
export async function nudgeQuickly(tend: Tend, fields: Record<string, unknown> = {}): Promise<void> {
  await call(tend, 'settings/update', { thresholdSeconds: 10, cooldownMinutes: 0, dailyCap: 50, ...fields });
}
