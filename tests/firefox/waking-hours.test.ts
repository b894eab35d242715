/**
 * Waking hours in Firefox: outside them the popup and the preview say why
 * Tend suggests no one and when it will again, and inside them the popup
 * suggests someone.
 */
import { describe, expect, it } from 'vitest';
import { wakingHoursFromNow } from '../e2e/protocol';
import { clickButton, texts, untilText } from './dom';
import { call, readStore } from './extension-data';
import { firefoxPerTest } from './session';

const firefox = firefoxPerTest();

describe('waking hours in Firefox', () => {
  it('says outside them why nothing is suggested and until when, and suggests inside them', async () => {
    const tend = firefox();
    await call(tend, 'people/save', { name: 'Maya', channels: [], cadenceDays: 7, notes: '' });
    await call(tend, 'settings/update', { wakingHours: wakingHoursFromNow(2, 8) });

    const popup = await tend.openPage('popup.html');
    const [note] = await untilText(popup, '[data-resting="outside waking hours"]', 'outside your waking hours');
    expect(note).toMatch(/Suggestions start again \S+ \d/);

    const options = await tend.openPage('options.html#settings');
    await clickButton(options, 'Preview a nudge');
    await untilText(options, '[data-resting="outside waking hours"]', 'so Tend suggests no one now');
    expect(await options.evaluate(() => document.querySelectorAll('.preview-frame').length)).toBe(0);
    expect(await readStore(tend, 'nudges')).toEqual([]);

    // Positive control: waking hours that hold now bring the suggestion back.
    await call(tend, 'settings/update', { wakingHours: wakingHoursFromNow(-1, 8) });
    const later = await tend.openPage('popup.html');
    await untilText(later, '.popup-suggestion h2', 'Maya');
    expect(await texts(later, '[data-resting]')).toEqual([]);
  });
});
