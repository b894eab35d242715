import preact from '@preact/preset-vite';
import { defineConfig } from 'wxt';
import { ICON_SIZES } from './utils/platform/icon-sizes';
import { builtInSites } from './utils/sites';
import { matchPatternsFor } from './utils/sites/site';

const builtInSiteMatches = builtInSites.flatMap((site) => matchPatternsFor(site.hosts));

// See README.md ("Permissions") for why each permission is here.
export default defineConfig({
  modules: ['@wxt-dev/webextension-polyfill'],
  manifestVersion: 3,
  // Explicit imports keep every dependency visible in the file that uses it.
  imports: false,
  vite: () => ({
    plugins: [preact()],
    // Extension pages run in browsers that support modulepreload; Vite's polyfill would add a fetch() to the bundle.
    build: { modulePreload: { polyfill: false } },
  }),
  manifest: ({ browser }) => ({
    name: 'Tend',
    description:
      'Turns passive scrolling into a concrete step toward someone you care about. Everything stays on your device.',
    permissions: ['storage', 'scripting', 'alarms'],
    // WXT lists public/icon/<size>.png as the manifest's icons; the toolbar button shows the same set, a sprout
    // on a filled tile that reads on light and dark toolbars alike (drawn by `npm run icons`).
    action: { default_icon: Object.fromEntries(ICON_SIZES.map((size) => [size, `icon/${size}.png`])) },
    // entrypoints/feed is an unlisted script (see its index.ts), so it is listed here by hand. It starts
    // before the page's own scripts, so its input listeners come first (utils/detection/input-signals.ts).
    content_scripts: [{ matches: builtInSiteMatches, js: ['feed.js'], run_at: 'document_start' }],
    // The card never takes focus by itself; this shortcut (changeable in the browser's shortcut settings)
    // moves focus into it and back to the page (entrypoints/feed/card.ts).
    commands: {
      'focus-card': {
        suggested_key: { default: 'Alt+Shift+Y' },
        description: 'Move focus to Tend’s card, and back to the page',
      },
    },
    // The same hosts the content script runs on, so an update can restart it in tabs already open.
    host_permissions: builtInSiteMatches,
    // Sites the user adds are asked for one by one, when they add them.
    optional_host_permissions: ['https://*/*'],
    // The nudge card is this page in an iframe, on built-in sites and on sites the user adds, so any site
    // may frame it. Chrome then serves it only under a per-session random address, so no site can probe
    // for Tend; Firefox's extension addresses are random per install already. A page that frames it
    // without a live nudge id of its own tab gets an empty card.
    web_accessible_resources: [
      {
        resources: ['nudge.html'],
        matches: ['<all_urls>'],
        ...(browser === 'firefox' ? {} : { use_dynamic_url: true }),
      },
    ],
    // The minimum versions are the ones the tests run on (README, "Browsers"; tests/package/ checks that the
    // two agree). Firefox for Android, which nothing tests, gets no lower a minimum than desktop.
    ...(browser === 'firefox'
      ? {
          browser_specific_settings: {
            gecko: {
              id: 'tend@tend.garden',
              strict_min_version: '153.0',
              data_collection_permissions: { required: ['none'] },
            },
            gecko_android: { strict_min_version: '153.0' },
          },
        }
      : { minimum_chrome_version: '156' }),
  }),
  webExt: {
    ...(process.env.CHROME_PATH ? { binaries: { chrome: process.env.CHROME_PATH } } : {}),
    // Chromium refuses to start as root (containers, CI boxes) unless its sandbox is off.
    ...(process.getuid?.() === 0 ? { chromiumArgs: ['--no-sandbox'] } : {}),
    startUrls: ['https://news.ycombinator.com/'],
  },
  zip: {
    // The source archive AMO asks for: what `npm ci && npm run build:firefox` needs (README, "Building from
    // source"), and nothing else. tests/package/ builds from it alone and expects the same add-on.
    includeSources: [
      'README.md',
      '.nvmrc',
      'package.json',
      'package-lock.json',
      'tsconfig.json',
      'biome.json',
      'wxt.config.ts',
      'entrypoints/**',
      'components/**',
      'utils/**',
      'public/**',
    ],
  },
});
