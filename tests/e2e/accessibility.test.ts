/**
 * Every page a person sees, checked with axe-core in light and dark: names,
 * labels, contrast, landmarks, keyboard-reachable controls. Failing rules are
 * reported with the elements that break them.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Frame, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addDays, dayKey } from '../../utils/platform/day';
import type { Settings } from '../../utils/settings/settings';
import { backupOf, recordBuilders } from '../seed';
import { launchTend, type Tend } from './browser';
import { cardCount, scrollUntilCard } from './card';
import { openFeed } from './feed';
import { addPerson, atAnyHour, call, nudgeQuickly, wakingHoursFromNow } from './protocol';
import { saveScreenshot } from './screenshots';

const AXE = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

interface Violation {
  id: string;
  impact: string;
  help: string;
  nodes: { target: string[] }[];
}

async function violations(target: Page | Frame): Promise<string[]> {
  // Contrast is judged on settled pages, not halfway through a transition.
  await target.evaluate(() => Promise.all(document.getAnimations().map((a) => a.finished)));
  await target.evaluate(AXE);
  const found = (await target.evaluate(() =>
    (window as unknown as { axe: { run: (o: object) => Promise<{ violations: Violation[] }> } }).axe
      .run({ resultTypes: ['violations'] })
      .then((r) => r.violations),
  )) as Violation[];
  return found.map((v) => `${v.impact} ${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).join(', ')})`);
}

let tend: Tend;

beforeAll(async () => {
  tend = await launchTend();
  const maya = await addPerson(tend, {
    name: 'Maya',
    cadenceDays: 7,
    channels: [{ kind: 'email', value: 'maya@example.org' }],
  });
  await call(tend, 'moments/save', {
    personId: maya.id,
    kind: 'challenge',
    text: 'job interview',
    sharedOn: addDays(dayKey(Date.now()), -7),
    followUpOn: dayKey(Date.now()),
  });
  await call(tend, 'interactions/log', { personId: maya.id, at: Date.now() - 86_400_000, how: 'call', note: '' });
  await atAnyHour(tend);
});

afterAll(async () => {
  await tend.close();
});

describe.each(['light', 'dark'] as const)('accessibility in %s mode', (colorScheme) => {
  it.each(['#people', '#insights', '#settings', '#data'])('options page %s has no violations', async (section) => {
    const page = await tend.openPage(`options.html${section}`);
    await page.emulateMedia({ colorScheme });
    await page.locator('main .card').first().waitFor();
    expect(await violations(page)).toEqual([]);
    await page.close();
  });

  it('a person’s page has no violations', async () => {
    const [maya] = await call<{ id: string }[]>(tend, 'people/list', {});
    const page = await tend.openPage(`options.html#people/${maya?.id}`);
    await page.emulateMedia({ colorScheme });
    await page.locator('.moments li').first().waitFor();
    expect(await violations(page)).toEqual([]);
    await page.close();
  });

  it('a person’s page with an error in a field and a moment just removed, its Undo showing, has no violations', async () => {
    const [maya] = await call<{ id: string }[]>(tend, 'people/list', {});
    await call(tend, 'moments/save', {
      personId: maya?.id,
      kind: 'news',
      text: `moved house (${colorScheme})`,
      sharedOn: dayKey(Date.now()),
      followUpOn: null,
    });
    const page = await tend.openPage(`options.html#people/${maya?.id}`);
    await page.emulateMedia({ colorScheme });
    await page.getByRole('button', { name: 'Add', exact: true }).click();
    await page.getByText('Say in a few words what they shared.').waitFor();
    await page.getByRole('button', { name: `Remove moved house (${colorScheme})` }).click();
    await page.getByRole('button', { name: 'Undo' }).waitFor();
    expect(await violations(page)).toEqual([]);
    // Closing the page deletes the moment, leaving the person's page as the other tests know it.
    await page.close();
  });

  it('the popup has no violations', async () => {
    const page = await tend.openPage('popup.html');
    await page.emulateMedia({ colorScheme });
    await page.locator('.popup-suggestion h2').waitFor();
    expect(await violations(page)).toEqual([]);
    await page.close();
  });

  it('the popup outside waking hours has no violations', async () => {
    await call(tend, 'settings/update', { wakingHours: wakingHoursFromNow(2, 8) });
    const page = await tend.openPage('popup.html');
    await page.emulateMedia({ colorScheme });
    await page.locator('[data-resting]').waitFor();
    expect(await violations(page)).toEqual([]);
    await page.close();
    await atAnyHour(tend);
  });
});

describe('the nudge card', () => {
  it('has no violations in any state, in light and dark: open, snoozing, ended with Undo, and the popup after', async () => {
    await nudgeQuickly(tend);
    const { page } = await openFeed(tend, 'https://www.instagram.com/');
    const frame = await scrollUntilCard(page);
    const inEachScheme = async (target: Page | Frame, name: string) => {
      for (const colorScheme of ['light', 'dark'] as const) {
        await page.emulateMedia({ colorScheme });
        if (target !== frame) await (target as Page).emulateMedia({ colorScheme });
        expect(await violations(target)).toEqual([]);
        await saveScreenshot(target, name, colorScheme);
      }
    };
    await inEachScheme(frame, 'card-open');
    await frame.getByRole('button', { name: 'Snooze' }).click();
    await inEachScheme(frame, 'card-snooze-choices');
    await frame.getByRole('button', { name: '15 minutes' }).click();
    await frame.locator('.nudge-ending').waitFor();
    await inEachScheme(frame, 'card-ended-with-undo');
    await expect.poll(() => frame.isDetached() || cardCount(page) === 0, { timeout: 15_000 }).toBe(true);

    // What holds nudges back shows in the popup, with a way to lift it.
    const popup = await tend.openPage('popup.html');
    await popup.getByRole('button', { name: 'End the snooze' }).waitFor();
    await inEachScheme(popup, 'popup-snoozed');
    await popup.getByRole('button', { name: 'End the snooze' }).click();
    await popup.close();
  });
});

describe('the first run', () => {
  it('the welcome and its first card have no violations, in light and dark', async () => {
    const fresh = await launchTend();
    try {
      await atAnyHour(fresh);
      await fresh.closeWelcome();
      const page = await fresh.openPage('options.html');
      await page.getByRole('heading', { name: 'Welcome to Tend' }).waitFor();
      for (const colorScheme of ['light', 'dark'] as const) {
        await page.emulateMedia({ colorScheme });
        expect(await violations(page)).toEqual([]);
        await saveScreenshot(page, 'welcome', colorScheme);
      }
      await page.getByLabel('Name', { exact: true }).fill('Maya');
      await page.getByLabel('What they shared').fill('job interview');
      await page.getByRole('button', { name: 'Add', exact: true }).click();
      await page.getByRole('button', { name: 'Done for now' }).click();
      const card = page.frameLocator('iframe[title="Tend suggestion (your first card)"]');
      await card.locator('h1').waitFor();
      const frame = page.frames().find((f) => f.url().includes('/nudge.html#'));
      if (!frame) throw new Error('no card in the welcome');
      for (const colorScheme of ['light', 'dark'] as const) {
        await page.emulateMedia({ colorScheme });
        expect(await violations(page)).toEqual([]);
        expect(await violations(frame)).toEqual([]);
        await saveScreenshot(page, 'welcome-first-card', colorScheme);
      }
    } finally {
      await fresh.close();
    }
  });
});

describe('the popup asking and holding', () => {
  it('asking whether a step happened, with a site paused for today, has no violations, in light and dark', async () => {
    const fresh = await launchTend();
    try {
      const now = Date.now();
      const { person, nudge } = recordBuilders(now);
      const settings = await call<Settings>(fresh, 'settings/get', {});
      // A card that opened a message an hour ago and was left, and Reddit paused for today.
      const backup = backupOf({
        exportedAt: now,
        settings: { ...settings, wakingHours: null, pausedSites: { reddit: dayKey(now) } },
        people: [person('maya', { name: 'Maya' })],
        nudges: [nudge(crypto.randomUUID(), { at: now - 60 * 60_000, personId: 'maya' })],
      });
      await call(fresh, 'backup/import', { text: JSON.stringify(backup), mode: 'replace' });
      const page = await fresh.openPage('popup.html');
      await page.locator('.popup-asked-later li').waitFor();
      await page.getByRole('button', { name: 'Resume on Reddit' }).waitFor();
      for (const colorScheme of ['light', 'dark'] as const) {
        await page.emulateMedia({ colorScheme });
        expect(await violations(page)).toEqual([]);
        await saveScreenshot(page, 'popup-asking-and-paused', colorScheme);
      }
    } finally {
      await fresh.close();
    }
  });
});
