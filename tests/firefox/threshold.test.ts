/**
 * "Nudge after" in a real Firefox: the demo's 20 seconds, set through the
 * protocol as `npm run demo` sets it, reads as 20 seconds in Settings, and
 * Save works with it (here, turning on quiet hours).
 */
import { describe, expect, it } from 'vitest';
import { clickButton, control, texts, untilText } from './dom';
import { call } from './extension-data';
import { firefoxPerTest } from './session';

const firefox = firefoxPerTest();

describe('the threshold in Firefox', () => {
  it('shows a threshold under a minute as set, and saves with it', async () => {
    const tend = firefox();
    await call(tend, 'settings/update', { thresholdSeconds: 20, cooldownMinutes: 0, dailyCap: 20, wakingHours: null });
    const page = await tend.openPage('options.html#settings');
    const value = async (label: string) => {
      const field = await control(page, label);
      const read = await field.evaluate((element) => (element as HTMLInputElement | HTMLSelectElement).value);
      await field.dispose();
      return read;
    };
    expect(await value('Nudge after this much passive scrolling')).toBe('20');
    expect(await value('Unit of “Nudge after”')).toBe('seconds');
    expect(await texts(page, '.field-error')).toEqual([]);

    const quiet = await control(page, 'No nudges at these times');
    await quiet.click();
    await quiet.dispose();
    await clickButton(page, 'Save nudge settings');
    await untilText(page, '[role="status"]', 'Saved.');
    expect(await call(tend, 'settings/get', {})).toMatchObject({
      thresholdSeconds: 20,
      quietHours: { from: 22 * 60, to: 7 * 60 },
      wakingHours: null,
    });
  });
});
