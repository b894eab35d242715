import { browser } from '../../utils/platform/browser';

/**
 * The content script's files, as paths inside the extension. Chrome's
 * manifest gives them as such; Firefox's `runtime.getManifest()` gives
 * absolute moz-extension:// URLs, which `scripting` refuses there.
 */
export function contentScriptFiles(files: readonly string[] | undefined): string[] {
  return (files ?? []).map((file) => (/^[a-z-]+:\/\//i.test(file) ? new URL(file).pathname.replace(/^\//, '') : file));
}

/** The files of the manifest's feed content script, the one Tend registers for the sites users add. */
export function feedScriptFiles(): string[] {
  return contentScriptFiles(browser.runtime.getManifest().content_scripts?.[0]?.js);
}
