/**
 * Tend installed in a real Firefox: the install opens the welcome, which adds a first
 * person through the form, with what the user calls them, and that person's
 * page keeps something they shared.
 */
import { describe, expect, it } from 'vitest';
import { clickButton, fill, texts, untilText } from './dom';
import { call, readStore } from './extension-data';
import { until } from './firefox';
import { firefoxPerTest } from './session';

const firefox = firefoxPerTest();

describe('Tend installed in Firefox', () => {
  it('welcomes a new user, adds a person through the form, then something they shared', async () => {
    const tend = firefox();
    // The install itself opened the welcome: a tab at the options page that no test opened, showing it.
    const inspector = await tend.inspector();
    const welcome = await until(
      () =>
        inspector.evaluate(() =>
          chrome.extension
            .getViews({ type: 'tab' })
            .filter((view: Window) => view.location.pathname === '/options.html')
            .map((view: Window) => view.document.querySelector('h2')?.textContent ?? ''),
        ),
      (headings) => headings.length === 1 && headings[0] === 'Welcome to Tend',
      { what: 'the welcome opened on install' },
    );
    expect(welcome).toEqual(['Welcome to Tend']);
    const page = await tend.openPage('options.html');
    await untilText(page, 'h2', 'Welcome to Tend');
    expect((await texts(page, '.promise')).join()).toContain('Everything you add stays on this device');

    await fill(page, 'Name', 'Maya');
    await fill(page, 'What you call them', 'May', '.welcome');
    await clickButton(page, 'Add', '.welcome');
    await untilText(page, '.welcome [role="status"]', 'Added Maya. Who else?');
    const [maya] = await call<{ id: string; name: string; callName: string }[]>(tend, 'people/list', {});
    expect(maya?.name).toBe('Maya');
    expect(maya?.callName).toBe('May');

    await clickButton(page, 'Done for now');
    await untilText(page, '.person-name', 'Maya');

    const person = await tend.openPage(`options.html#people/${maya?.id}`);
    await untilText(person, 'h2', 'Maya');
    await untilText(person, '.person-call-name', 'You call them May.');
    await fill(person, 'In a few words', 'her job interview', '.moment-form');
    await clickButton(person, 'Add', '.moment-form');
    await untilText(person, '.moments li', 'her job interview');
    const moments = await until(
      () => readStore<{ personId: string; text: string }>(tend, 'moments'),
      (all) => all.length > 0,
      { what: 'the moment stored' },
    );
    expect(moments).toEqual([expect.objectContaining({ personId: maya?.id, text: 'her job interview' })]);
  });
});
