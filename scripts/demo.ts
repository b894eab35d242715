/**
 * `npm run demo`: the whole loop in under a minute. Builds Tend, opens
 * Chromium with it on a fresh profile, adds three sample people, sets a
 * 20-second threshold and opens a demo feed served locally at
 * www.instagram.com (nothing reaches the real site). Scroll the feed and a
 * nudge appears. Close the browser (or press Ctrl+C) to end the demo; the
 * profile is deleted either way.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { BrowserContext } from 'playwright-core';
import { EXTENSION_DIR, launchChromium, unpackedExtensionId } from '../tests/chromium.ts';
import { interactionInput, momentInput, personInput, samplePeople } from '../tests/seed.ts';
import { demoFeed } from './demo-feed.ts';
import { browserPid, removeProfile } from './demo-profile.ts';

/** Sets Tend up with sample people and opens the demo feed; returns when the browser has closed. */
async function runDemo(context: BrowserContext, closed: Promise<void>): Promise<void> {
  await context.route('https://www.instagram.com/**', (route) =>
    route.fulfill({ contentType: 'text/html', body: demoFeed() }),
  );
  const extensionId = unpackedExtensionId(EXTENSION_DIR);

  // Sample people, added through the same messages and checks as the options page.
  const setup = await context.newPage();
  await setup.goto(`chrome-extension://${extensionId}/options.html`);
  const send = (type: string, data: unknown) =>
    setup.evaluate(
      async ([messageType, messageData]) => {
        const reply = await chrome.runtime.sendMessage({ type: messageType, data: messageData });
        if (!reply.ok) throw new Error(reply.error.message);
        return reply.value;
      },
      [type, data] as const,
    ) as Promise<{ id: string }>;

  // Waking hours off: the demo shows a card at whatever hour it is run (Settings shows this and can turn them on).
  // Settings → Nudges shows the 20 seconds as "20 seconds", and saves it as it is.
  await send('settings/update', { thresholdSeconds: 20, cooldownMinutes: 0, dailyCap: 20, wakingHours: null });
  for (const { person, moments, interactions } of samplePeople(Date.now())) {
    // Tend gives each person their id; what they shared hangs on that one.
    const { id } = await send('people/save', personInput(person));
    for (const moment of moments) await send('moments/save', momentInput(moment, id));
    for (const interaction of interactions) await send('interactions/log', interactionInput(interaction, id));
  }

  const feed = await context.newPage();
  await feed.goto('https://www.instagram.com/');
  await setup.close();
  await feed.bringToFront();
  console.log(`
Tend demo is running.
  1. Scroll the demo feed for about 20 seconds.
  2. A card appears with a person, one concrete step and why.
  3. Try its buttons; open Tend's options or toolbar popup to see what was logged.
Waking hours are off in the demo, so the card comes at any hour; Settings can turn them on.
Close the browser window (or press Ctrl+C here) to end the demo.`);
  await closed;
}

const { NODE_ENV: _mode, ...env } = process.env;
console.log('Building Tend…');
if (spawnSync('node_modules/.bin/wxt', ['build'], { stdio: 'inherit', env }).status !== 0) process.exit(1);

const userDataDir = mkdtempSync(join(tmpdir(), 'tend-demo-'));
let context: BrowserContext | undefined;
let pid: number | null = null;
let browserClosed = false;
try {
  context = await launchChromium(userDataDir, true, { headless: false, handleSIGINT: false });
  const launched = context;
  pid = browserPid(userDataDir);
  const closed = new Promise<void>((resolve) =>
    launched.on('close', () => {
      browserClosed = true;
      resolve();
    }),
  );
  // Ctrl+C ends the demo like closing the window: the browser closes, then its profile goes.
  process.once('SIGINT', () => void launched.close().catch(() => undefined));
  await runDemo(launched, closed);
} catch (error) {
  // A window closed while the demo set itself up ends it too; anything else gets one line, not a stack trace.
  const message = error instanceof Error ? (error.message.split('\n')[0] ?? '') : String(error);
  if (!browserClosed && !/has been closed/.test(message)) {
    console.error(`The demo stopped: ${message}`);
    process.exitCode = 1;
  }
  await context?.close().catch(() => undefined);
} finally {
  const failure = await removeProfile(userDataDir, { pid });
  if (failure) {
    console.error(failure);
    process.exitCode = 1;
  } else {
    console.log('The demo has ended; its browser profile is deleted.');
  }
}
