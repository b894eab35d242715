/**
 * The content script, listed in the manifest (wxt.config.ts) for the
 * built-in sites and registered at run time for sites the user adds. It is
 * an unlisted script rather than WXT's content script entrypoint because
 * that wraps it in a context that talks to the page (see lifetime.ts).
 */
import { defineUnlistedScript } from 'wxt/utils/define-unlisted-script';
import { removeLeftoverCards } from './card';
import { claimTab } from './lifetime';
import { watchFeed } from './watch';

export default defineUnlistedScript(() => {
  const lifetime = claimTab();
  if (!lifetime) return;
  removeLeftoverCards();
  watchFeed(lifetime);
});
