/**
 * Late at night in real Chromium: past the threshold outside waking hours the
 * card offers what fits the hour — write the message now and have it back in
 * the morning, plan the step, or close the feed — and says whom Tend will
 * bring up when the day begins. The night is made by moving waking hours
 * away from the present, as a user would in Settings.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { addDays, dayKey } from '../../utils/platform/day';
import { launchTend, type Tend } from './browser';
import { cardCount, scrollUntilCard } from './card';
import { readStore } from './database';
import { openFeed } from './feed';
import { addPerson, call, nudgeQuickly, wakingHoursFromNow } from './protocol';
import { saveScreenshot } from './screenshots';
import { scrollFor } from './scroll';

let tend: Tend;

beforeEach(async () => {
  tend = await launchTend();
  const maya = await addPerson(tend, {
    name: 'Maya',
    channels: [{ kind: 'email', value: 'maya@example.org' }],
    cadenceDays: 14,
  });
  await call(tend, 'moments/save', {
    personId: maya.id,
    kind: 'challenge',
    text: 'job interview at the library',
    sharedOn: addDays(dayKey(Date.now()), -7),
    followUpOn: dayKey(Date.now()),
  });
  // Waking hours begin two hours from now: the present is night.
  await nudgeQuickly(tend, { wakingHours: wakingHoursFromNow(2, 14) });
});

afterEach(async () => {
  await tend.close();
});

describe('late at night', () => {
  it('keeps the message written at night and gives it back first in the morning', async () => {
    const { page } = await openFeed(tend, 'https://www.instagram.com/');
    const card = await scrollUntilCard(page);
    expect(await card.locator('h1').textContent()).toBe("It's late. This can wait until morning.");
    expect(await card.locator('.nudge-idea').textContent()).toBe('Ask Maya how it went');
    expect(await card.locator('.nudge-tomorrow').textContent()).toMatch(/tomorrow, Tend will remind you about Maya\.$/);
    // Nothing to send at this hour: no way to open a message, only ways to put it off.
    expect(await card.getByRole('button', { name: 'Email' }).count()).toBe(0);
    for (const scheme of ['light', 'dark'] as const) {
      await page.emulateMedia({ colorScheme: scheme });
      await saveScreenshot(card, 'card-late-at-night', scheme);
    }

    await card.getByRole('button', { name: 'Write it now' }).click();
    const message = 'Maya! How did the interview go? Tell me everything.';
    await card.getByLabel('Message to Maya, to send in the morning').fill(message);
    await card.getByRole('button', { name: 'Save it for the morning' }).click();
    await expect
      .poll(() => card.getByText('Saved. Tend will give it back to you in the morning, ready to send.').count())
      .toBe(1);
    await expect.poll(() => cardCount(page), { timeout: 15_000 }).toBe(0);
    const inspector = await tend.inspector();
    expect(await readStore(inspector, 'nudges')).toEqual([
      expect.objectContaining({ outcome: 'planned', night: true, draftBody: message }),
    ]);

    // Morning: waking hours now hold the present. The popup and the first card bring the step back first.
    await call(tend, 'settings/update', { wakingHours: wakingHoursFromNow(-1, 14) });
    const popup = await tend.openPage('popup.html');
    await expect
      .poll(() =>
        popup
          .locator('.popup-suggestion h2 + p')
          .textContent()
          .catch(() => ''),
      )
      .toBe('You planned this last night, when it was too late to reach Maya.');
    expect(await popup.locator('#suggestion-title').textContent()).toBe('Ask Maya how it went');
    await popup.close();
    await page.bringToFront();
    const morning = await scrollUntilCard(page);
    expect(await morning.locator('h1').textContent()).toBe('Ask Maya how it went');
    expect(await morning.locator('#draft').inputValue()).toBe(message);
  });

  it('plans the step for tomorrow, and holds any other card until morning', async () => {
    const { page } = await openFeed(tend, 'https://www.instagram.com/');
    const card = await scrollUntilCard(page);
    await card.getByRole('button', { name: 'Plan it for tomorrow' }).click();
    await expect
      .poll(() => card.getByText('Planned. It will be the first thing Tend suggests in the morning.').count())
      .toBe(1);
    await expect.poll(() => cardCount(page), { timeout: 15_000 }).toBe(0);
    const inspector = await tend.inspector();
    expect(await readStore(inspector, 'nudges')).toEqual([
      expect.not.objectContaining({ draftBody: expect.anything() }),
    ]);
    expect(await readStore(inspector, 'nudges')).toEqual([expect.objectContaining({ outcome: 'planned' })]);
    // One late-night card a night, however long the scrolling goes on.
    await call(tend, 'people/save', { name: 'Sam', channels: [], cadenceDays: 7, notes: '' });
    await scrollFor(page, 15_000);
    expect(cardCount(page)).toBe(0);
  });

  it('closes the feed when asked, after saying good night', async () => {
    const { page } = await openFeed(tend, 'https://www.instagram.com/');
    const card = await scrollUntilCard(page);
    const closed = page.waitForEvent('close', { timeout: 15_000 });
    await card.getByRole('button', { name: 'Close the feed' }).click();
    await expect.poll(() => card.getByText('Good night. Closing the feed…').count()).toBe(1);
    await closed;
    const inspector = await tend.inspector();
    expect(await readStore(inspector, 'nudges')).toEqual([expect.objectContaining({ outcome: 'closed-feed' })]);
  });
});
