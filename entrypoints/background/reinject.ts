import { browser } from '../../utils/platform/browser';
import { contentScriptFiles } from './content-script-files';

/**
 * Chrome does not run a new version's content scripts in tabs that were
 * already open, and no browser runs the scripts registered for sites users
 * added there, so after an install or update Tend starts its content script
 * in them itself. Where the browser already did (Firefox), the second start
 * finds a live instance and stops (entrypoints/feed/lifetime.ts); an
 * orphaned old instance stops by itself.
 */
export async function injectIntoOpenTabs(): Promise<void> {
  const scripts = [
    ...(browser.runtime.getManifest().content_scripts ?? []),
    ...(await browser.scripting.getRegisteredContentScripts()),
  ];
  await Promise.all(
    scripts.map(async (script) => {
      if (!script.js?.length || !script.matches?.length) return;
      const tabs = await browser.tabs.query({ url: script.matches });
      await Promise.all(
        tabs.map(async (tab) => {
          if (tab.id === undefined || tab.discarded) return;
          try {
            await browser.scripting.executeScript({ target: { tabId: tab.id }, files: contentScriptFiles(script.js) });
          } catch {
            // The tab navigated away or closed meanwhile: nothing to measure there.
          }
        }),
      );
    }),
  );
}
