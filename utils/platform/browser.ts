import type { Browser } from 'webextension-polyfill';
import { browser as wxtBrowser } from 'wxt/browser';

/**
 * The extension API, typed as webextension-polyfill's promise API.
 *
 * Builds alias `wxt/browser` to webextension-polyfill (the
 * `@wxt-dev/webextension-polyfill` module in wxt.config.ts), and unit tests
 * alias it to WXT's fake browser, which implements the same API. WXT types
 * `wxt/browser` as Chrome's callback-or-promise API instead, so the one cast
 * here makes the compiler check our calls against what actually runs.
 */
export const browser = wxtBrowser as unknown as Browser;
