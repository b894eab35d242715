/**
 * A hostile page against the card in Firefox, which has no
 * IntersectionObserver v2: Tend's own check of what the page may have done
 * (entrypoints/feed/plain-sight.ts) keeps a click meant for a decoy from
 * recording anything, and undoes a page's script restyling the card.
 */
import type { Frame, Page } from 'puppeteer-core';
import { describe, expect, it } from 'vitest';
import { cardCount, clickInCard, scrollUntilCard } from './card';
import { call, readStore } from './extension-data';
import { until } from './firefox';
import { nudgeQuickly } from './seed';
import { firefoxPerTest } from './session';

const firefox = firefoxPerTest();

function cardStatus(card: Frame): Promise<string> {
  return card.evaluate(() => document.querySelector('[role="status"]')?.textContent ?? '');
}

/** The page's own layer in the top layer, over the whole window: almost opaque, and letting clicks through. */
async function layDecoy(page: Page): Promise<void> {
  await page.evaluate(() => {
    const decoy = document.createElement('section');
    decoy.id = 'decoy';
    decoy.popover = 'manual';
    decoy.style.cssText =
      'width: 100vw; height: 100vh; inset: 0; margin: 0; border: 0; opacity: 0.98; background: white;' +
      ' pointer-events: none';
    decoy.textContent = 'Like';
    document.body.append(decoy);
    decoy.showPopover();
  });
}

describe('a hostile page in Firefox', () => {
  it('cannot record a connection with clicks meant for its own decoy over the card', async () => {
    const tend = firefox();
    await call(tend, 'people/save', { name: 'Maya', channels: [], cadenceDays: 7, notes: '' });
    await nudgeQuickly(tend);
    const page = await tend.openWebPage('https://www.instagram.com/');
    const card = await scrollUntilCard(page);
    await layDecoy(page);

    await clickInCard(page, card, 'I did it');
    await until(
      () => cardStatus(card),
      (status) => status.includes('could not see this card clearly'),
      { what: 'the card asking for the press again' },
    );
    // Pressed again while the page's layer is still there: Firefox cannot tell which of the two is on top.
    await clickInCard(page, card, 'I did it');
    await until(
      () => cardStatus(card),
      (status) => status.includes('may be lying over'),
      { what: 'the card saying something may lie over it' },
    );
    expect(await readStore(tend, 'interactions')).toEqual([]);
    expect((await readStore<{ outcome: string }>(tend, 'nudges'))[0]?.outcome).toBe('shown');

    // Positive control: the page takes its layer away, and a press records.
    await page.evaluate(() => document.getElementById('decoy')?.remove());
    await clickInCard(page, card, 'I did it');
    const interactions = await until(
      () => readStore(tend, 'interactions'),
      (all) => all.length > 0,
      { what: 'the connection logged' },
    );
    expect(interactions).toHaveLength(1);
    await until(
      () => cardCount(page),
      (count) => count === 0,
      { timeoutMs: 15_000, what: 'the card gone after "I did it"' },
    );
  });

  it('cannot fade the card by rewriting its style from script, or take it out of the top layer', async () => {
    const tend = firefox();
    await call(tend, 'people/save', { name: 'Maya', channels: [], cadenceDays: 7, notes: '' });
    await nudgeQuickly(tend);
    const page = await tend.openWebPage('https://www.instagram.com/');
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
