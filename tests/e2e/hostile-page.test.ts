/**
 * A social site that wants Tend gone, in real Chromium. Each attack runs
 * from the page's own first script, as a site would ship it, and each test
 * checks what a person would notice: their scrolling still counts. Without
 * an attack the same scrolling counts the same (detection.test.ts).
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { launchTend, type Tend } from './browser';
import { cardCount, cardFrames, inPlainSight, scrollUntilCard } from './card';
import { ContentWorld } from './content-world';
import { readStore } from './database';
import { leaveFeed, settledPassiveMs } from './feed';
import { addPerson, nudgeQuickly } from './protocol';
import { scrollFor } from './scroll';

let tend: Tend;

beforeEach(async () => {
  tend = await launchTend();
});

afterEach(async () => {
  await tend.close();
});

/** Serves the Instagram fixture with `attack` as the first script in its head, and opens it. */
async function openHostileFeed(attack: string) {
  const fixture = readFileSync(resolve('tests/fixtures/sites/instagram.html'), 'utf8');
  const body = fixture.replace('<head>', `<head><script>${attack}</script>`);
  if (body === fixture) throw new Error('the fixture has no <head> to put the attack in');
  // Registered last, so it answers before the plain fixture.
  await tend.context.route('https://www.instagram.com/**', (route) =>
    route.fulfill({ contentType: 'text/html', body }),
  );
  const page = await tend.context.newPage();
  await page.goto('https://www.instagram.com/');
  if (!(await ContentWorld.find(page))) throw new Error("Tend's content script did not start on the hostile feed");
  return page;
}

/** Scrolls for `ms`, leaves the feed, and returns what Tend counted. */
async function countedWhileScrolling(page: import('playwright-core').Page, ms: number): Promise<number> {
  await scrollFor(page, ms);
  const leftAt = await leaveFeed(page);
  return settledPassiveMs(tend, 'instagram', leftAt);
}

describe('a hostile page in Chromium', () => {
  it('hears nothing from Tend: no message when it starts, no event when the feed navigates', async () => {
    const id = tend.extensionId;
    const page = await openHostileFeed(`
      window.heard = [];
      addEventListener('message', (event) => heard.push('message ' + JSON.stringify(event.data)), true);
      for (const name of ['${id}:feed:wxt:content-script-started', '${id}:wxt:content-script-started']) {
        document.addEventListener(name, () => heard.push(name), true);
      }
      for (const name of ['${id}:wxt:locationchange', '${id}:feed:wxt:locationchange']) {
        addEventListener(name, () => heard.push(name), true);
      }
    `);
    // Tend is there and at work: it counts, and notices the in-page navigation away from the feed.
    expect(await countedWhileScrolling(page, 5_000)).toBeGreaterThan(3_000);
    expect(page.url()).toBe('https://www.instagram.com/direct/inbox/');
    expect(await page.evaluate(() => (window as unknown as { heard: string[] }).heard)).toEqual([]);
  });

  it("cannot switch counting off by dispatching WXT's start event", async () => {
    const id = tend.extensionId;
    const page = await openHostileFeed(`
      setInterval(() => {
        for (const name of ['${id}:feed:wxt:content-script-started', '${id}:wxt:content-script-started']) {
          document.dispatchEvent(new CustomEvent(name, { detail: { contentScriptName: 'feed', messageId: 'x' } }));
          postMessage({ type: name, contentScriptName: 'feed', messageId: 'x' }, '*');
        }
      }, 200);
    `);
    expect(await countedWhileScrolling(page, 8_000)).toBeGreaterThan(6_000);
  });

  it('cannot blind counting by stopping input events before anyone else sees them', async () => {
    const page = await openHostileFeed(`
      for (const target of [window, document]) {
        for (const type of ['wheel', 'keydown', 'touchmove', 'pointerdown', 'scroll', 'mousewheel']) {
          target.addEventListener(type, (event) => event.stopImmediatePropagation(), { capture: true, passive: true });
        }
      }
    `);
    expect(await countedWhileScrolling(page, 8_000)).toBeGreaterThan(6_000);
  });

  it('cannot fade, shrink or cover the card, or hear what it holds', async () => {
    await addPerson(tend, { name: 'Maya', cadenceDays: 7 });
    await nudgeQuickly(tend);
    const page = await openHostileFeed(`
      window.heard = [];
      addEventListener('message', (event) => heard.push(JSON.stringify(event.data)), true);
      const style = document.createElement('style');
      style.textContent = 'body > main, body > div, [popover] { opacity: 0 !important; filter: opacity(0) !important;'
        + ' transform: scale(0.01) !important; clip-path: inset(50%) !important; }';
      document.documentElement.append(style);
      addEventListener('DOMContentLoaded', () => {
        // A layer of the page's own in the top layer, over everything, from the start.
        const cover = document.createElement('section');
        cover.popover = 'manual';
        cover.style.cssText = 'width: 100vw; height: 100vh; inset: 0; margin: 0; opacity: 0.5 !important';
        document.body.append(cover);
        cover.showPopover();
      });
    `);
    const card = await scrollUntilCard(page);
    const seen = await page.evaluate(() => {
      const host = [...document.body.children].find((element) => element.matches('div:popover-open'));
      if (!(host instanceof HTMLElement)) return null;
      const { opacity, filter, transform, clipPath } = getComputedStyle(host);
      const box = host.getBoundingClientRect();
      const atCentre = document.elementFromPoint(box.x + box.width / 2, box.y + box.height / 2);
      // The page's own rule still applies to the page's own elements.
      const own = getComputedStyle(document.querySelector('body > main') ?? document.body).opacity;
      return { opacity, filter, transform, clipPath, onTop: atCentre === host, own };
    });
    expect(seen).toEqual({ opacity: '1', filter: 'none', transform: 'none', clipPath: 'none', onTop: true, own: '0' });
    await card.getByRole('button', { name: 'I did it' }).click();
    await expect.poll(() => cardCount(page), { timeout: 15_000 }).toBe(0);
    expect(await page.evaluate(() => (window as unknown as { heard: string[] }).heard)).toEqual([]);
  });

  it('cannot take the card away, or lose it with a body it replaces: it comes back and still works', async () => {
    await addPerson(tend, { name: 'Maya', cadenceDays: 7 });
    await nudgeQuickly(tend);
    const page = await openHostileFeed('');
    await scrollUntilCard(page);
    await page.evaluate(() => {
      const host = [...document.body.children].find((element) => element.matches('div:popover-open'));
      if (!(host instanceof HTMLElement)) throw new Error('no card host');
      host.hidePopover();
      host.remove();
    });
    await expect.poll(() => cardFrames(page).length, { timeout: 10_000 }).toBe(1);
    // A single-page app renders a new body, and the old one (with the card) goes.
    await page.evaluate(() => {
      const body = document.createElement('body');
      body.append(...[...document.body.children].filter((element) => !element.matches('div:popover-open')));
      document.body.replaceWith(body);
    });
    await expect
      .poll(() => page.evaluate(() => document.body.querySelector(':scope > div:popover-open') !== null), {
        timeout: 10_000,
      })
      .toBe(true);
    const card = await scrollUntilCard(page, 5_000);
    await card.getByRole('button', { name: 'I did it' }).click();
    await expect.poll(async () => (await readStore(await tend.inspector(), 'interactions')).length).toBe(1);
  });

  it('cannot bring back a card the user dismissed by framing its address again', async () => {
    await addPerson(tend, { name: 'Maya', cadenceDays: 7 });
    await nudgeQuickly(tend);
    const page = await openHostileFeed('');
    const card = await scrollUntilCard(page);
    // The page cannot read the address; suppose it learned it anyway.
    const address = card.url();
    await card.getByRole('button', { name: 'Not now' }).last().click();
    await expect.poll(() => cardCount(page), { timeout: 15_000 }).toBe(0);
    await page.evaluate((src) => {
      const frame = document.createElement('iframe');
      frame.src = src;
      document.body.append(frame);
    }, address);
    // Chrome refuses to load it in the page's frame (and the background would refuse its plan: the nudge has
    // ended; see tests/unit/nudges.test.ts).
    await expect.poll(() => page.frames().map((frame) => frame.url())).toContain('chrome-error://chromewebdata/');
    expect(cardCount(page)).toBe(0);
    const nudges = await readStore<{ outcome: string }>(await tend.inspector(), 'nudges');
    expect(nudges.map((nudge) => nudge.outcome)).toEqual(['dismissed']);
  });

  it('cannot record a connection with a click meant for its own decoy over the card', async () => {
    await addPerson(tend, { name: 'Maya', cadenceDays: 7 });
    await nudgeQuickly(tend);
    // Once the card is up, the page lays a layer of its own over it, above it in the top layer: almost opaque,
    // a "Like" button on it, and every click passing through to the card below. (A modal dialog would make
    // the card inert instead: no click reaches it at all.)
    const page = await openHostileFeed(`
      new MutationObserver(() => {
        if (document.getElementById('decoy') || !document.querySelector(':popover-open')) return;
        const decoy = document.createElement('section');
        decoy.id = 'decoy';
        decoy.popover = 'manual';
        decoy.style.cssText = 'width: 100vw; height: 100vh; inset: 0; margin: 0; border: 0; opacity: 0.98;'
          + ' background: white; pointer-events: none';
        decoy.textContent = 'Like';
        document.body.append(decoy);
        decoy.showPopover();
      }).observe(document.documentElement, { childList: true, subtree: true });
    `);
    const card = await scrollUntilCard(page);
    await expect.poll(() => page.evaluate(() => document.getElementById('decoy') !== null)).toBe(true);
    await card.getByRole('button', { name: 'I did it' }).click();
    await expect.poll(() => card.locator('.nudge-status').textContent()).toContain('could not see this card clearly');
    const inspector = await tend.inspector();
    expect(await readStore(inspector, 'interactions')).toEqual([]);
    expect((await readStore<{ outcome: string }>(inspector, 'nudges'))[0]?.outcome).toBe('shown');
    // Tend raised the card above the decoy: once the browser sees it in plain sight, someone who can read its
    // question, and presses again, is believed.
    await inPlainSight(card);
    await card.getByRole('button', { name: 'I did it' }).click();
    await expect.poll(async () => (await readStore(inspector, 'interactions')).length).toBe(1);
  });

  // A decoy in a closed shadow root hides from the page's own queries, not from the content script.
  it.each([
    ['in the document', 'document.body.append(decoy)'],
    [
      'inside a closed shadow root',
      "document.body.append(Object.assign(document.createElement('aside'), { id: 'shell' }));" +
        " document.getElementById('shell').attachShadow({ mode: 'closed' }).append(decoy)",
    ],
  ])(
    'cannot record a connection by laying its decoy again each time Tend raises the card, %s',
    async (_where, place) => {
      await addPerson(tend, { name: 'Maya', cadenceDays: 7 });
      await nudgeQuickly(tend);
      // The page sees the card's host raised (its popover toggles) and lays a decoy over it again at once.
      const page = await openHostileFeed(`
      const decoy = document.createElement('section');
      window.decoy = decoy;
      decoy.popover = 'manual';
      decoy.style.cssText = 'width: 100vw; height: 100vh; inset: 0; margin: 0; border: 0; opacity: 0.98;'
        + ' background: white; pointer-events: none';
      decoy.textContent = 'Like';
      const cover = () => {
        if (decoy.matches(':popover-open')) decoy.hidePopover();
        decoy.showPopover();
      };
      new MutationObserver(() => {
        const host = document.querySelector('div:popover-open');
        if (!host || host.dataset.watched) return;
        host.dataset.watched = 'yes';
        host.addEventListener('toggle', (event) => { if (event.newState === 'open') cover(); });
        ${place};
        cover();
      }).observe(document.documentElement, { childList: true, subtree: true });
    `);
      const card = await scrollUntilCard(page);
      await expect
        .poll(() => page.evaluate(() => (window as unknown as { decoy: Element }).decoy.matches(':popover-open')))
        .toBe(true);
      const press = () => card.getByRole('button', { name: 'I did it' }).click();
      await press();
      await expect.poll(() => card.locator('.nudge-status').textContent()).toContain('could not see this card clearly');
      await press();
      await expect.poll(() => card.locator('.nudge-status').textContent()).toContain('may be lying over');
      const inspector = await tend.inspector();
      expect(await readStore(inspector, 'interactions')).toEqual([]);
      expect((await readStore<{ outcome: string }>(inspector, 'nudges'))[0]?.outcome).toBe('shown');
      // Positive control: once the page takes its decoy away, a press records.
      await page.evaluate(() => (window as unknown as { decoy: Element }).decoy.remove());
      await inPlainSight(card);
      await press();
      await expect.poll(async () => (await readStore(inspector, 'interactions')).length).toBe(1);
    },
  );

  it('cannot fade the card by rewriting its style from script', async () => {
    await addPerson(tend, { name: 'Maya', cadenceDays: 7 });
    await nudgeQuickly(tend);
    const page = await openHostileFeed('');
    await scrollUntilCard(page);
    const seen = await page.evaluate(async () => {
      const host = document.querySelector('div:popover-open');
      if (!(host instanceof HTMLElement)) throw new Error('no card host');
      host.style.setProperty('opacity', '0.01', 'important');
      host.setAttribute('style', `${host.getAttribute('style')}; outline: 100vmax solid white`);
      host.removeAttribute('popover');
      // Tend undoes it before the next frame is painted.
      await new Promise((painted) => requestAnimationFrame(painted));
      const { opacity, outlineStyle } = getComputedStyle(host);
      return { opacity, outlineStyle, open: host.matches(':popover-open') };
    });
    expect(seen).toEqual({ opacity: '1', outlineStyle: 'none', open: true });
  });
});
