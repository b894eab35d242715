/**
 * An update, and a removal, with a card showing, in a real Firefox. Firefox
 * destroys the old content script's world without telling it, and runs the
 * new version's content script in open tabs itself (Tend does too): the old
 * card must go, one instance must carry on, and after removal nothing of
 * Tend may stay usable on the page.
 */
import { expect, it } from 'vitest';
import { cardBox, cardCount, cardFrames, cardTitle, clickInCard, scrollUntilCard } from './card';
import { call, readStore } from './extension-data';
import { scrollFor } from './feed';
import { GECKO_ID, until } from './firefox';
import { addMayaWithInterview, nudgeQuickly } from './seed';
import { firefoxPerTest } from './session';

const firefox = firefoxPerTest();

it('replaces the card of the old version with one that works, keeps one card, and leaves none usable after removal', async () => {
  const tend = firefox();
  await addMayaWithInterview(tend);
  // Three cards in all, and a person just shown a card rests: someone else for each card after Maya's.
  for (const name of ['Sam', 'Lena'])
    await call(tend, 'people/save', { name, channels: [], cadenceDays: 7, notes: '' });
  await nudgeQuickly(tend);
  const page = await tend.openWebPage('https://www.instagram.com/');
  await scrollUntilCard(page);

  await tend.update();
  // The update closed Tend's inspector tab, and opening a new one took the focus from the feed.
  await page.bringToFront();
  // The new version's script removes the old card, whose buttons could no longer do anything.
  await until(
    () => cardCount(page),
    (count) => count === 0,
    { what: "the old version's card removed" },
  );
  const card = await scrollUntilCard(page);
  // Scrolling on never stacks a second card: one instance of the script runs in the tab.
  await scrollFor(page, 6_000);
  expect(await cardCount(page)).toBe(1);
  await clickInCard(page, card, 'I did it');
  await until(
    () => readStore<{ personId: string }>(tend, 'interactions'),
    (all) => all.length === 1,
    { what: 'the connection logged by the new card' },
  );
  // That card goes after its last word (another may come meanwhile: the scrolling so far has earned one).
  await until(
    () => cardFrames(page),
    (frames) => !frames.includes(card),
    { timeoutMs: 15_000, what: 'the card gone after "I did it"' },
  );

  const last = await scrollUntilCard(page);
  await tend.browser.uninstallExtension(GECKO_ID);
  // Firefox leaves the frame: it empties itself at once, and its host hides when its script stops renewing it.
  await until(
    () => cardTitle(last),
    (title) => title === '',
    { what: 'the orphaned card emptied' },
  );
  await until(
    () => cardBox(page),
    (box) => box === null || !box.visible,
    { timeoutMs: 20_000, what: "the orphaned card's frame hidden" },
  );
  expect((await cardFrames(page)).length).toBeLessThanOrEqual(1);
}, 240_000);
