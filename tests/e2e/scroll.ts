import type { Page } from 'playwright-core';

/**
 * Scrolls like a person for `durationMs`: a trusted wheel event every
 * `everyMs`, turning around at either end so the feed never runs out. Real
 * time has to pass here: passive time is what the extension measures.
 */
export async function scrollFor(page: Page, durationMs: number, everyMs = 400): Promise<void> {
  await page.mouse.move(300, 400);
  const end = Date.now() + durationMs;
  let direction = 1;
  while (Date.now() < end) {
    await page.mouse.wheel(0, 300 * direction);
    const { y, max } = await page.evaluate(() => ({
      y: window.scrollY,
      max: document.documentElement.scrollHeight - window.innerHeight,
    }));
    if (y >= max - 300) direction = -1;
    else if (y <= 300) direction = 1;
    await new Promise((resolve) => setTimeout(resolve, everyMs));
  }
}
