/**
 * Tend installed in a real Firefox: the install opens the welcome, which adds a first
 * person through the form, with what the user calls them and something they
 * shared, shows a first card about her, and her page keeps what she shares next.
 */
import { describe, expect, it } from 'vitest';
import { dayKey } from '../../utils/platform/day';
import { clickButton, control, fill, texts, untilText } from './dom';
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

    // The first card at the end keeps to waking hours, as a feed would: this is the daytime path.
    await call(tend, 'settings/update', { wakingHours: null });
    await fill(page, 'Name', 'Maya');
    await fill(page, 'What you call them', 'May', '.welcome');
    await fill(page, 'What they shared', 'job interview at the library', '.welcome');
    const today = dayKey(Date.now());
    const dateField = await control(page, 'Follow up on (optional)', '.welcome');
    await dateField.evaluate((input, day) => {
      // A date field takes its value as the browser's picker would set it.
      (input as HTMLInputElement).value = day;
      input.dispatchEvent(new Event('input', { bubbles: true }));
    }, today);
    await dateField.dispose();
    await clickButton(page, 'Add', '.welcome');
    await untilText(page, '.welcome [role="status"]', 'Added Maya. Who else?');
    const [maya] = await call<{ id: string; name: string; callName: string }[]>(tend, 'people/list', {});
    expect(maya?.name).toBe('Maya');
    expect(maya?.callName).toBe('May');
    expect(await readStore(tend, 'moments')).toEqual([
      expect.objectContaining({ personId: maya?.id, text: 'job interview at the library', followUpOn: today }),
    ]);

    // Here is what you will see: a real card about her, from what she shared, greeting her as the user does.
    await clickButton(page, 'Done for now');
    await untilText(page, 'h2', 'Here is what you will see');
    // The card is one of Tend's pages framed by another: the options page can read it, as the same origin.
    const card = await until(
      () =>
        page.evaluate(() => {
          const frame = document.querySelector<HTMLIFrameElement>('iframe[title="Tend suggestion (your first card)"]');
          const inside = frame?.contentDocument;
          return {
            title: inside?.querySelector('h1')?.textContent ?? '',
            draft: inside?.querySelector<HTMLTextAreaElement>('#draft')?.value ?? '',
          };
        }),
      (seen) => seen.title !== '',
      { what: 'the first card' },
    );
    expect(card.title).toBe('Ask Maya how it went');
    expect(card.draft).toMatch(/^Hi May,/);
    await clickButton(page, 'Go to your people');
    await untilText(page, '.person-name', 'Maya');

    const person = await tend.openPage(`options.html#people/${maya?.id}`);
    await untilText(person, 'h2', 'Maya');
    await untilText(person, '.person-call-name', 'You call them May.');
    await fill(person, 'In a few words', 'her new flat', '.moment-form');
    await clickButton(person, 'Add', '.moment-form');
    await untilText(person, '.moments li', 'her new flat');
    const moments = await until(
      () => readStore<{ personId: string; text: string }>(tend, 'moments'),
      (all) => all.length > 1,
      { what: 'the moment stored' },
    );
    expect(moments).toEqual(
      expect.arrayContaining([expect.objectContaining({ personId: maya?.id, text: 'her new flat' })]),
    );
  });
});
