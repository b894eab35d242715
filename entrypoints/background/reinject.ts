import { browser } from '../../utils/platform/browser';
import { contentScriptFiles } from './content-script-files';

/**
 * Browsers do not run a new version's content scripts in tabs that were
 * already open, so after an install or update Tend starts its content script
 * in them itself. The new script stops the orphaned old one (WXT's context
 * signals it), leaving one live instance per tab.
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
