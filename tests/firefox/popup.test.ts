/**
 * The toolbar popup in a real Firefox: today's figures as the database holds
 * them after a real sitting, and adding up right after a nudge; a suggestion
 * done with "I did it", the quick log, and pausing.
 */
import { describe, expect, it } from 'vitest';
import { LISTED_AT_ONCE } from '../../components/usePersonNames';
import { durationShares } from '../../utils/platform/duration-shares';
import { DEFAULT_SETTINGS } from '../../utils/settings/settings';
import { addsUp } from '../duration-figure';
import { backupOf, recordBuilders } from '../seed';
import { scrollUntilCard } from './card';
import { clickButton, untilText } from './dom';
import { call, readStore } from './extension-data';
import { leaveFeed, scrollFor, settledPassiveMs } from './feed';
import { until } from './firefox';
import { addMayaWithInterview, nudgeQuickly } from './seed';
import { firefoxPerTest } from './session';

const firefox = firefoxPerTest();

interface DayRow {
  day: string;
  passiveMs: number;
}

describe('the popup in Firefox', () => {
  it("shows today's scrolling, logs connections, and pauses and resumes nudges", async () => {
    const tend = firefox();
    const maya = await call<{ id: string }>(tend, 'people/save', {
      name: 'Maya',
      channels: [{ kind: 'email', value: 'maya@example.org' }],
      cadenceDays: 7,
      notes: '',
    });
    const sam = await call<{ id: string }>(tend, 'people/save', {
      name: 'Sam',
      channels: [],
      cadenceDays: null,
      notes: '',
    });
    // A suggestion at any hour; no card on the feed while it is scrolled (the threshold is far).
    await call(tend, 'settings/update', { wakingHours: null, thresholdSeconds: 3_600 });

    const feed = await tend.openWebPage('https://www.instagram.com/');
    await scrollFor(feed, 6_000);
    const leftAt = await leaveFeed(feed);
    const passive = await settledPassiveMs(tend, 'instagram', leftAt);
    expect(passive).toBeGreaterThan(0);

    const popup = await tend.openPage('popup.html');
    const shownMs = await until(
      () => popup.evaluate(() => document.querySelector('[data-figure="passive"]')?.getAttribute('data-ms') ?? null),
      (ms) => ms !== null,
      { what: "today's passive time in the popup" },
    );
    const days = await readStore<DayRow>(tend, 'days');
    expect(Number(shownMs)).toBe(days.reduce((total, row) => total + row.passiveMs, 0));

    const [heading] = await untilText(popup, '.popup-suggestion h2', 'Maya');
    expect(heading).toContain('Maya');
    await clickButton(popup, 'I did it', '.popup-suggestion');
    await untilText(popup, '.popup-suggestion [role="status"]', "Maya's last contact is today");

    await popup.select('#quick-person', sam.id);
    await popup.select('#quick-how', 'call');
    await clickButton(popup, 'Log', '.quick-log');
    await untilText(popup, '.quick-log [role="status"]', 'Logged a connection with Sam.');
    const people = await call<{ id: string; lastContactAt: number | null }[]>(tend, 'people/list', {});
    for (const id of [maya.id, sam.id]) {
      expect(people.find((person) => person.id === id)?.lastContactAt).toBeGreaterThan(Date.now() - 60_000);
    }
    await untilText(popup, '[data-figure="connections"]', '2');

    await clickButton(popup, 'Pause for 1 hour');
    await untilText(popup, '.popup-pause', 'Nudges paused until');
    const paused = await call<{ pausedUntil: number | null }>(tend, 'settings/get', {});
    expect(paused.pausedUntil).toBeGreaterThan(Date.now());
    await clickButton(popup, 'Resume nudges');
    await untilText(popup, '.popup-pause', 'Nudges are on.');
    expect((await call<{ pausedUntil: number | null }>(tend, 'settings/get', {})).pausedUntil).toBeNull();
  });

  it('shows figures that add up right after a short session with a nudge, and never "0" for time counted', async () => {
    const tend = firefox();
    await addMayaWithInterview(tend);
    await nudgeQuickly(tend);
    const instagram = await tend.openWebPage('https://www.instagram.com/');
    await scrollUntilCard(instagram);
    await settledPassiveMs(tend, 'instagram', await leaveFeed(instagram));
    const reddit = await tend.openWebPage('https://www.reddit.com/');
    await scrollFor(reddit, 3_000);
    await settledPassiveMs(tend, 'reddit', await leaveFeed(reddit));

    const popup = await tend.openPage('popup.html');
    const shown = await until(
      () =>
        popup.evaluate(() => ({
          total: document.querySelector('[data-figure="passive"]')?.textContent ?? null,
          rows: [...document.querySelectorAll('.popup-sites li')].map((item) => ({
            site: item.getAttribute('data-site') ?? '',
            ms: Number(item.getAttribute('data-ms')),
            figure: item.querySelector('.site-figure')?.textContent ?? '',
          })),
        })),
      (read) => read.total !== null && read.rows.length === 2,
      { what: "today's figures in the popup" },
    );
    const days = await readStore<DayRow & { site: string }>(tend, 'days');
    const ascending = (a: number, b: number) => a - b;
    expect(shown.rows.map((row) => row.site).sort()).toEqual(['instagram', 'reddit']);
    expect(shown.rows.map((row) => row.ms).sort(ascending)).toEqual(
      days
        .filter((day) => day.passiveMs > 0)
        .map((day) => day.passiveMs)
        .sort(ascending),
    );
    const figures = durationShares(shown.rows.map((row) => row.ms));
    expect(shown.total).toBe(figures.total);
    expect(shown.rows.map((row) => row.figure)).toEqual(figures.parts);
    // Time was counted on both, so nothing reads "0", and the sites add up to the total.
    for (const figure of [shown.total ?? '', ...shown.rows.map((row) => row.figure)]) expect(figure).not.toMatch(/^0 /);
    expect(
      addsUp(
        shown.total ?? '',
        shown.rows.map((row) => row.figure),
      ),
    ).toBe(true);
  });

  it('logs a connection with someone from a large address book, listed once the field is used', async () => {
    const tend = firefox();
    const now = Date.now();
    const { person } = recordBuilders(now);
    const people = [
      person('sam'),
      ...Array.from({ length: LISTED_AT_ONCE }, (_, i) => person(`friend-${i}`, { name: `Friend ${i}` })),
    ];
    const backup = backupOf({ exportedAt: now, settings: { ...DEFAULT_SETTINGS, wakingHours: null }, people });
    await call(tend, 'backup/import', { text: JSON.stringify(backup), mode: 'replace' });

    const popup = await tend.openPage('popup.html');
    const field = await popup.waitForSelector('#quick-person');
    await field?.focus();
    await until(
      () => popup.evaluate(() => document.querySelectorAll('#quick-person option').length),
      (count) => count === 1 + people.length,
      { what: 'everyone listed in the quick log once its field is used' },
    );
    await popup.select('#quick-person', 'sam');
    await clickButton(popup, 'Log', '.quick-log');
    await untilText(popup, '.quick-log [role="status"]', 'Logged a connection with Sam.');
    const sam = (await call<{ id: string; lastContactAt: number | null }[]>(tend, 'people/list', {})).find(
      (entry) => entry.id === 'sam',
    );
    expect(sam?.lastContactAt).toBeGreaterThan(now - 60_000);
  });
});
