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
import { launchTend, type Tend } from './browser';
import { scrollUntilCard } from './card';
import { openFeed } from './feed';
import { addPerson, atAnyHour, call, nudgeQuickly, wakingHoursFromNow } from './protocol';

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
  it('has no violations, in light and dark', async () => {
    await nudgeQuickly(tend);
    const { page } = await openFeed(tend, 'https://www.instagram.com/');
    const frame = await scrollUntilCard(page);
    for (const colorScheme of ['light', 'dark'] as const) {
      await page.emulateMedia({ colorScheme });
      // Contrast is judged on the settled card, not halfway through its fade-in.
      await frame.locator('.nudge').evaluate((card) => Promise.all(card.getAnimations().map((a) => a.finished)));
      expect(await violations(frame)).toEqual([]);
    }
  });
});
