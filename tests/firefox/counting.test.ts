/**
 * Counting in a real Firefox: trusted wheel scrolling on a built-in feed
 * counts; idling, and scrolling after the feed navigated in place away from
 * it, do not; a site the user adds in Settings is watched.
 */
import { describe, expect, it } from 'vitest';
import { clickButton, fill, untilText } from './dom';
import { passiveMsFor } from './extension-data';
import { idle, leaveFeed, scrollFor, settledPassiveMs } from './feed';
import { until } from './firefox';
import { firefoxPerTest } from './session';

const firefox = firefoxPerTest();

describe('counting in Firefox', () => {
  it('counts real wheel scrolling on a feed, and no more than the time it took', async () => {
    const tend = firefox();
    const page = await tend.openWebPage('https://www.instagram.com/');
    expect(tend.proxy.served).toContain('www.instagram.com /');
    const started = Date.now();
    await scrollFor(page, 6_000);
    const leftAt = await leaveFeed(page);
    const total = await settledPassiveMs(tend, 'instagram', leftAt);
    expect(total).toBeGreaterThan(3_000);
    expect(total).toBeLessThanOrEqual(leftAt - started + 1_000);
  });

  it('stops counting when the page navigates in place from the feed to messages', async () => {
    const tend = firefox();
    const page = await tend.openWebPage('https://www.instagram.com/');
    const started = Date.now();
    await scrollFor(page, 4_000);
    const leftAt = await leaveFeed(page);
    expect(new URL(page.url()).pathname).toBe('/direct/inbox/');
    const onFeed = await settledPassiveMs(tend, 'instagram', leftAt);
    expect(onFeed).toBeGreaterThan(0);
    expect(onFeed).toBeLessThanOrEqual(leftAt - started + 1_000);
    // Longer than a report interval, so anything counted here would have been reported.
    await scrollFor(page, 8_000);
    expect(await passiveMsFor(tend, 'instagram')).toBe(onFeed);
  });

  it('counts nothing while the feed is open but nobody scrolls', async () => {
    const tend = firefox();
    const page = await tend.openWebPage('https://www.instagram.com/');
    // A short real scroll shows the script is alive; a last scroll keeps counting for 8 s, as for a person still looking.
    const started = Date.now();
    await scrollFor(page, 3_000);
    const scrolledUntil = Date.now();
    await until(
      () => passiveMsFor(tend, 'instagram'),
      (ms) => ms > 0,
      { timeoutMs: 15_000, what: 'the first scrolling counted' },
    );
    // Long enough that counting the idle time would double the total.
    await idle(Math.max(0, scrolledUntil + 20_000 - Date.now()));
    // Reports go every 5 s while the feed is open, so anything idling counted is stored by now.
    const total = await passiveMsFor(tend, 'instagram');
    expect(total).toBeGreaterThan(1_000);
    // Scrolling, plus the 8 s a last scroll counts for, plus a second's step: nothing of the idle time after.
    expect(total).toBeLessThanOrEqual(scrolledUntil - started + 8_000 + 1_000);
  });

  it('watches a site the user adds in Settings, and counts scrolling there', async () => {
    const tend = firefox();
    const page = await tend.openPage('options.html#settings');
    await fill(page, 'Add a site', 'https://news.example.net/latest');
    await clickButton(page, 'Add site');
    await untilText(page, '.custom-site-list li', 'news.example.net');

    const forum = await tend.openWebPage('https://news.example.net/');
    const started = Date.now();
    await scrollFor(forum, 6_000);
    // Every page of an added site counts; moving to another page of it sends the report at once.
    const leftAt = await leaveFeed(forum);
    const total = await settledPassiveMs(tend, 'news.example.net', leftAt);
    expect(total).toBeGreaterThan(3_000);
    expect(total).toBeLessThanOrEqual(leftAt - started + 1_000);
  });
});
