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

/**
 * Lets Tend suggest at any hour, so a test of what happens in the daytime
 * passes at 3 a.m. too; waking hours are tested on their own.
 */
export async function atAnyHour(tend: Tend): Promise<void> {
  await call(tend, 'settings/update', { wakingHours: null });
}

/** Nudges after 10 s of passive scrolling, as often as the scrolling allows, at any hour. */
export async function nudgeQuickly(tend: Tend, fields: Record<string, unknown> = {}): Promise<void> {
  await call(tend, 'settings/update', {
    thresholdSeconds: 10,
    cooldownMinutes: 0,
    dailyCap: 50,
    wakingHours: null,
    ...fields,
  });
}

/**
 * Waking hours that start `fromHours` after the present local minute and last
 * `forHours`; the browser runs in this process's time zone.
 */
export function wakingHoursFromNow(fromHours: number, forHours: number): { from: number; to: number } {
  const now = new Date();
  const minute = now.getHours() * 60 + now.getMinutes();
  const from = (minute + fromHours * 60 + 24 * 60) % (24 * 60);
  return { from, to: (from + forHours * 60) % (24 * 60) };
}
