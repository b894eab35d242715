/**
 * Nothing Tend does in Firefox leaves the machine: every page and the feed
 * are used while the fixture proxy, the browser's only way out, logs any
 * request for a host that is not a fixture. Every other Firefox test checks
 * the same log when it closes; this one also shows the log catches a request.
 */
import { describe, expect, it } from 'vitest';
import { clickButton, texts, untilText } from './dom';
import { call, passiveMsFor } from './extension-data';
import { scrollFor } from './feed';
import { until } from './firefox';
import { firefoxPerTest } from './session';

const firefox = firefoxPerTest({ allowForeign: true });

describe('Tend in Firefox, offline by design', () => {
  it('sends no request off the machine from any of its pages or a feed', async () => {
    const tend = firefox();
    await call(tend, 'people/save', { name: 'Maya', channels: [], cadenceDays: 7, notes: '' });
    await call(tend, 'settings/update', { wakingHours: null });

    const options = await tend.openPage('options.html');
    await untilText(options, '.person-name', 'Maya');
    for (const [section, heading] of [
      ['insights', 'Insights'],
      ['data', 'Your data'],
      ['settings', 'Settings'],
    ] as const) {
      await options.click(`nav a[href="#${section}"]`);
      await untilText(options, 'a[aria-current="page"]', heading);
      await until(
        () => texts(options, 'main'),
        ([main]) => (main ?? '').length > 0 && !(main ?? '').startsWith('Loading'),
        { what: `the ${section} section` },
      );
    }
    await clickButton(options, 'Preview a nudge');
    await until(
      () => options.evaluate(() => document.querySelectorAll('iframe[title="Tend suggestion (preview)"]').length),
      (count) => count === 1,
      { what: 'the preview card' },
    );

    const popup = await tend.openPage('popup.html');
    await until(
      () => texts(popup, 'body'),
      ([body]) => (body ?? '').length > 0,
      { what: 'the popup' },
    );

    const feed = await tend.openWebPage('https://www.instagram.com/');
    await scrollFor(feed, 4_000);
    await until(
      () => passiveMsFor(tend, 'instagram'),
      (ms) => ms > 0,
      { timeoutMs: 15_000, what: 'scrolling counted' },
    );

    expect(tend.proxy.foreign).toEqual([]);
    // Only the fixture hosts were asked for.
    expect(new Set(tend.proxy.served.map((line) => line.split(' ')[0]))).toEqual(new Set(['www.instagram.com']));

    // The log is real: a request for another host is refused and recorded.
    const failed = await feed.evaluate(() =>
      fetch('https://tend-foreign.example.org/').then(
        () => false,
        () => true,
      ),
    );
    expect(failed).toBe(true);
    expect(tend.proxy.foreign).toEqual(['CONNECT tend-foreign.example.org:443']);
  });
});
