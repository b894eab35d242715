/**
 * The card in real Chromium, from the threshold to every button's ending, and
 * what a hostile page can see of it. Long because each flow is played through
 * whole, as a person would, with a positive control after every hold.
 */
import type { Page, Request } from 'playwright-core';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { addDays, dayKey, startOfDayKey } from '../../utils/platform/day';
import { launchTend, type Tend } from './browser';
import { cardBox, cardCount, scrollUntilCard } from './card';
import { readStore } from './database';
import { openFeed } from './feed';
import { addPerson, call, nudgeQuickly } from './protocol';
import { scrollFor } from './scroll';

let tend: Tend;

beforeEach(async () => {
  tend = await launchTend();
});

afterEach(async () => {
  await tend.close();
});

async function cardGone(page: Page): Promise<void> {
  await expect.poll(() => cardCount(page), { timeout: 15_000 }).toBe(0);
}

async function seedMaya(tend: Tend) {
  const maya = await addPerson(tend, {
    name: 'Maya',
    channels: [
      { kind: 'whatsapp', value: '+49 151 23456789' },
      { kind: 'email', value: 'maya@example.org' },
    ],
    cadenceDays: 14,
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

/**
 * People never contacted yet, so each is due for a card: a person just shown one rests, and the same idea
 * stays down for a week, so a test that brings card after card needs someone new for each.
 */
async function addPeopleDue(tend: Tend, names: string[]): Promise<void> {
  for (const name of names) await addPerson(tend, { name });
}

describe('the nudge in Chromium', () => {
  it('appears after passive scrolling past the threshold, naming the person, the action and why', async () => {
    await seedMaya(tend);
    await nudgeQuickly(tend);
    const { page } = await openFeed(tend, 'https://www.instagram.com/');
    const card = await scrollUntilCard(page);
    await expect.poll(() => card.locator('h1').textContent()).toBe('Ask Maya how it went');
    expect(await card.locator('.nudge-reason').textContent()).toBe(
      'Maya told you about “job interview at the library” last ' +
        new Date(startOfDayKey(addDays(dayKey(Date.now()), -7))).toLocaleDateString('en-US', { weekday: 'long' }) +
        ' — ask how it went.',
    );
    expect(await card.locator('#draft').inputValue()).toContain('Hi Maya');
    // The card sits in a corner and leaves the feed usable.
    const box = await cardBox(card);
    const viewport = page.viewportSize();
    expect(box && viewport && box.width * box.height < (viewport.width * viewport.height) / 3).toBe(true);
    expect(await page.evaluate(() => document.activeElement === document.body)).toBe(true);
  });

  it('opens the message on the chosen channel with the drafted text, and logs "I did it"', async () => {
    const maya = await seedMaya(tend);
    await nudgeQuickly(tend);
    const { page } = await openFeed(tend, 'https://www.instagram.com/');
    const card = await scrollUntilCard(page);
    await card.locator('#draft').fill('Hi Maya! How did the interview go? Coffee on Sunday?');
    await tend.context.route('https://wa.me/**', (route) =>
      route.fulfill({ contentType: 'text/html', body: 'WhatsApp' }),
    );
    const opened = tend.context.waitForEvent('page');
    await card.getByRole('button', { name: 'WhatsApp Maya' }).click();
    const message = await opened;
    await message.waitForURL(/^https:\/\/wa\.me\//);
    const url = new URL(message.url());
    expect(url.origin + url.pathname).toBe('https://wa.me/4915123456789');
    expect(url.searchParams.get('text')).toBe('Hi Maya! How did the interview go? Coffee on Sunday?');
    await message.close();

    await card.getByRole('button', { name: 'I did it' }).click();
    await expect.poll(() => card.locator('.nudge-ending').textContent()).toContain('Logged');
    await cardGone(page);
    const inspector = await tend.inspector();
    const interactions = await readStore<{ personId: string; nudgeId: string }>(inspector, 'interactions');
    expect(interactions).toEqual([expect.objectContaining({ personId: maya.id, how: 'message' })]);
    const people = await readStore<{ id: string; lastContactAt: number }>(inspector, 'people');
    expect(people[0]?.lastContactAt).toBeGreaterThan(Date.now() - 60_000);
    const moments = await readStore<{ resolved: boolean }>(inspector, 'moments');
    expect(moments[0]?.resolved).toBe(true);
  });

  it('copies the draft with a visible confirmation, and offers another idea', async () => {
    await seedMaya(tend);
    await addPerson(tend, { name: 'Sam' });
    await nudgeQuickly(tend);
    await tend.context.grantPermissions(['clipboard-read', 'clipboard-write']);
    const { page } = await openFeed(tend, 'https://www.instagram.com/');
    const card = await scrollUntilCard(page);
    const draft = await card.locator('#draft').inputValue();
    await card.getByRole('button', { name: 'Copy message' }).click();
    await expect.poll(() => card.locator('.nudge-status').textContent()).toContain('Copied');
    const inspector = await tend.inspector();
    expect(await inspector.evaluate(() => navigator.clipboard.readText())).toBe(draft);

    const before = await card.locator('h1').textContent();
    await card.getByRole('button', { name: 'Another idea' }).click();
    await expect.poll(() => card.locator('h1').textContent()).not.toBe(before);
    const nudges = await readStore<{ skipped: unknown[] }>(inspector, 'nudges');
    expect(nudges[0]?.skipped).toHaveLength(1);
  });

  it('holds a snooze, and the daily cap, across tabs', async () => {
    await seedMaya(tend);
    await addPeopleDue(tend, ['Sam']);
    await nudgeQuickly(tend);
    const { page: first } = await openFeed(tend, 'https://www.instagram.com/');
    const card = await scrollUntilCard(first);
    await card.getByRole('button', { name: 'Snooze' }).click();
    await card.getByRole('button', { name: '15 minutes' }).click();
    await cardGone(first);
    const inspector = await tend.inspector();
    expect((await readStore<{ outcome: string }>(inspector, 'nudges'))[0]?.outcome).toBe('snoozed');

    const { page: second } = await openFeed(tend, 'https://www.reddit.com/');
    await scrollFor(second, 22_000);
    expect(cardCount(second)).toBe(0);
    expect(cardCount(first)).toBe(0);
    expect(await readStore(inspector, 'nudges')).toHaveLength(1);

    // The snooze lifted, but today's one nudge has been shown: still nothing, in any tab.
    const nudges = await readStore<{ id: string }>(inspector, 'nudges');
    await call(tend, 'settings/update', { dailyCap: 1 });
    await inspector.evaluate(async (id) => {
      const db = await new Promise<IDBDatabase>((resolve) => {
        const open = indexedDB.open('tend');
        open.onsuccess = () => resolve(open.result);
      });
      const store = db.transaction('nudges', 'readwrite').objectStore('nudges');
      await new Promise((resolve) => {
        const get = store.get(id);
        get.onsuccess = () => {
          store.put({ ...get.result, snoozedUntil: Date.now() - 1 }).onsuccess = resolve;
        };
      });
      db.close();
    }, nudges[0]?.id ?? '');
    await scrollFor(second, 12_000);
    expect(cardCount(second)).toBe(0);
    // Positive control: with room under the cap, the same scrolling brings the card back.
    await call(tend, 'settings/update', { dailyCap: 2 });
    await scrollUntilCard(second);
  });

  it('goes with Escape from its message field, then with "Not now"', async () => {
    await seedMaya(tend);
    await addPeopleDue(tend, ['Sam']);
    await nudgeQuickly(tend);
    const { page } = await openFeed(tend, 'https://www.instagram.com/');
    let card = await scrollUntilCard(page);
    await card.locator('#draft').focus();
    await page.keyboard.press('Escape');
    // It says what happened, with Undo under the keyboard's focus; a second Escape takes it down at once.
    await expect.poll(() => card.locator('.nudge-ending').textContent()).toContain('Okay, not now');
    expect(await card.evaluate(() => document.activeElement?.textContent)).toBe('Undo');
    await page.keyboard.press('Escape');
    await cardGone(page);
    // Focus goes back to the feed, so scrolling on counts.
    expect(await page.evaluate(() => document.hasFocus())).toBe(true);

    card = await scrollUntilCard(page);
    await card.getByRole('button', { name: 'Not now' }).last().click();
    await cardGone(page);
    const inspector = await tend.inspector();
    const outcomes = (await readStore<{ outcome: string; at: number }>(inspector, 'nudges'))
      .sort((a, b) => a.at - b.at)
      .map((nudge) => nudge.outcome);
    expect(outcomes).toEqual(['dismissed', 'dismissed']);
  });

  it('"Pause here today" holds on that site, and another site still nudges', async () => {
    await seedMaya(tend);
    await addPeopleDue(tend, ['Sam']);
    await nudgeQuickly(tend);
    const { page } = await openFeed(tend, 'https://www.instagram.com/');
    const card = await scrollUntilCard(page);
    await card.getByRole('button', { name: 'Pause here today' }).click();
    await cardGone(page);
    const inspector = await tend.inspector();
    const outcomes = (await readStore<{ outcome: string }>(inspector, 'nudges')).map((nudge) => nudge.outcome);
    expect(outcomes).toEqual(['paused-site']);
    const settings = await call<{ pausedSites: Record<string, string> }>(tend, 'settings/get', {});
    expect(settings.pausedSites).toEqual({ instagram: dayKey(Date.now()) });
    await scrollFor(page, 15_000);
    expect(cardCount(page)).toBe(0);
    // Positive control: another site, not paused, still nudges.
    const { page: reddit } = await openFeed(tend, 'https://www.reddit.com/');
    await scrollUntilCard(reddit);
  });

  it('invites the user to add people when there are none, opens the options page, and suggests them at once', async () => {
    // Past the welcome the install opened: "Add people" opens Tend's people page again.
    await tend.closeWelcome();
    await nudgeQuickly(tend);
    const { page } = await openFeed(tend, 'https://www.instagram.com/');
    const card = await scrollUntilCard(page);
    expect(await card.locator('h1').textContent()).toBe('Who would you like to be closer to?');
    const options = tend.context.waitForEvent('page', (opened) => opened.url().endsWith('/options.html'));
    await card.getByRole('button', { name: 'Add people' }).click();
    await options;
    await cardGone(page);
    // Someone added, back on the feed: the first card about them needs no five minutes for the invitation to pass.
    await addPerson(tend, { name: 'Maya' });
    await page.bringToFront();
    const next = await scrollUntilCard(page, 20_000);
    expect(await next.locator('h1').textContent()).toContain('Maya');
  });

  it("never lets the page see a name, a handle or the card's address, and sends nothing over the network", async () => {
    await seedMaya(tend);
    await nudgeQuickly(tend);
    const requests: Request[] = [];
    tend.context.on('request', (request) => requests.push(request));
    const { page } = await openFeed(tend, 'https://www.instagram.com/');
    // A hostile page: records every node and attribute that appears, every message it can hear, what its
    // performance timeline lists, and tries every way into the card.
    await page.evaluate(() => {
      const seen: string[] = [];
      (window as unknown as { seen: string[] }).seen = seen;
      const record = (node: Node) => {
        if (node instanceof Element) {
          seen.push(node.outerHTML);
          for (const attribute of node.getAttributeNames()) seen.push(node.getAttribute(attribute) ?? '');
          seen.push(`shadowRoot: ${node.shadowRoot}`);
          const frame = node.querySelector('iframe') ?? (node instanceof HTMLIFrameElement ? node : null);
          if (frame) seen.push(frame.src, frame.title);
        } else {
          seen.push(node.textContent ?? '');
        }
      };
      new MutationObserver((mutations) => {
        for (const mutation of mutations) {
          mutation.addedNodes.forEach(record);
          if (mutation.type === 'attributes' && mutation.target instanceof Element) record(mutation.target);
        }
      }).observe(document, { subtree: true, childList: true, attributes: true, characterData: true });
      window.addEventListener('message', (event) => seen.push(JSON.stringify(event.data)));
      setInterval(() => {
        seen.push(document.documentElement.outerHTML);
        seen.push(...performance.getEntries().map((entry) => entry.name));
        seen.push(`frames: ${window.frames.length}`);
        for (let i = 0; i < window.frames.length; i++) {
          try {
            seen.push(`frame ${i}: ${window.frames[i]?.location.href}`);
          } catch (error) {
            seen.push(`frame ${i}: ${error}`);
          }
        }
      }, 250);
    });
    const card = await scrollUntilCard(page);
    await card.getByRole('button', { name: 'Another idea' }).click();
    await card.getByRole('button', { name: 'I did it' }).click();
    await cardGone(page);
    const seen = await page.evaluate(() => (window as unknown as { seen: string[] }).seen.join('\n'));
    // It saw the card's host come and go, empty; and a frame in a shadow tree is not even among its frames.
    expect(seen).toContain('2147483647');
    expect(seen).toContain('shadowRoot: null');
    expect(seen).toContain('frames: 0');
    expect(seen).not.toMatch(/frames: [1-9]/);
    for (const secret of ['Maya', 'maya@example.org', '4915123456789', '151 23456789', 'job interview']) {
      expect(seen).not.toContain(secret);
    }
    for (const address of ['chrome-extension:', 'nudge.html', tend.extensionId, 'Tend suggestion']) {
      expect(seen).not.toContain(address);
    }
    const web = requests.filter((request) => /^https?:/.test(request.url()));
    const fromExtension = web.filter(
      (request) => request.frame()?.url().startsWith('chrome-extension://') || request.serviceWorker() !== null,
    );
    expect(fromExtension.map((request) => request.url())).toEqual([]);
    for (const request of web) {
      expect(['https://www.instagram.com/', 'https://www.instagram.com/favicon.ico']).toContain(request.url());
    }
  });
});
