/**
 * `npm run icons`: draws Tend's icon set from `scripts/icon.svg` into
 * `public/icon/<size>.png`, where WXT finds it for the manifest's `icons`;
 * wxt.config.ts gives the toolbar button the same set. Rendered by the
 * Chromium the tests use, so the PNGs are made here, not downloaded. Run it
 * after changing the SVG, and commit the PNGs.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { chromium } from 'playwright-core';
import { ICON_SIZES } from '../utils/platform/icon-sizes.ts';

const svg = readFileSync(new URL('./icon.svg', import.meta.url), 'utf8');
const browser = await chromium.launch({
  executablePath: process.env.CHROME_PATH ?? '/usr/bin/chromium',
  headless: true,
  args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update'],
});
try {
  for (const size of ICON_SIZES) {
    const page = await browser.newPage({ viewport: { width: size, height: size }, deviceScaleFactor: 1 });
    const image = `data:image/svg+xml;base64,${Buffer.from(svg).toString('base64')}`;
    await page.setContent(
      `<html><body style="margin:0;background:transparent"><img src="${image}" width="${size}" height="${size}"></body></html>`,
    );
    await page.locator('img').evaluate((img: HTMLImageElement) => img.decode());
    const png = await page.screenshot({ omitBackground: true, clip: { x: 0, y: 0, width: size, height: size } });
    writeFileSync(new URL(`../public/icon/${size}.png`, import.meta.url), png);
    console.log(`public/icon/${size}.png (${png.length} B)`);
    await page.close();
  }
} finally {
  await browser.close();
}
