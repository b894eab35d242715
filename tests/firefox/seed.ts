/** The people and settings the Firefox card tests start from, set through Tend's own protocol. */
import { addDays, dayKey } from '../../utils/platform/day';
import { call } from './extension-data';
import type { FirefoxTend } from './firefox';

/** Maya, reachable by email, who told you a week ago about a job interview she has today. */
export async function addMayaWithInterview(tend: FirefoxTend): Promise<{ id: string }> {
  const maya = await call<{ id: string }>(tend, 'people/save', {
    name: 'Maya',
    channels: [{ kind: 'email', value: 'maya@example.org' }],
    cadenceDays: 14,
    notes: '',
  });
  await call(tend, 'moments/save', {
    personId: maya.id,
    kind: 'challenge',
    text: 'job interview at the library',
    sharedOn: addDays(dayKey(Date.now()), -7),
    followUpOn: dayKey(Date.now()),
  });
  return maya;
}

/** Nudges after 10 s of passive scrolling, at any hour, as often as scrolling earns one. */
export async function nudgeQuickly(tend: FirefoxTend): Promise<void> {
  await call(tend, 'settings/update', { thresholdSeconds: 10, cooldownMinutes: 0, dailyCap: 50, wakingHours: null });
}
