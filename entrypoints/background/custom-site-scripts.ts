/**
 * Keeps the registered content script in step with the sites the user added
 * and the access they granted: a site with access gets the content script, a
 * site whose access was revoked loses it and leaves the list.
 */
import { browser } from '../../utils/platform/browser';
import { ProtocolError } from '../../utils/protocol/dispatch';
import type { Settings } from '../../utils/settings/settings';
import { customSiteMatch } from '../../utils/sites/custom';
import { feedScriptFiles } from './content-script-files';
import { settingsItem } from './settings-store';

const SCRIPT_ID = 'tend-custom-sites';

async function hasAccess(host: string): Promise<boolean> {
  return browser.permissions.contains({ origins: [customSiteMatch(host)] });
}

/** Registers the content script for exactly the custom sites Tend may access, dropping the rest. */
export async function syncCustomSites(): Promise<Settings> {
  const settings = await settingsItem.getValue();
  const allowed = [];
  for (const site of settings.customSites) if (await hasAccess(site.host)) allowed.push(site);
  const next = allowed.length === settings.customSites.length ? settings : { ...settings, customSites: allowed };
  if (next !== settings) await settingsItem.setValue(next);

  await registerFor(allowed.map((site) => site.host));
  return next;
}

/** Registers the content script for exactly these hosts (none: unregisters it). */
async function registerFor(hosts: readonly string[]): Promise<void> {
  const registered = await browser.scripting.getRegisteredContentScripts({ ids: [SCRIPT_ID] });
  if (hosts.length === 0) {
    if (registered.length > 0) await browser.scripting.unregisterContentScripts({ ids: [SCRIPT_ID] });
    return;
  }
  const script = {
    id: SCRIPT_ID,
    matches: hosts.map(customSiteMatch),
    js: feedScriptFiles(),
    runAt: 'document_start' as const,
    persistAcrossSessions: true,
  };
  if (registered.length > 0) await browser.scripting.updateContentScripts([script]);
  else await browser.scripting.registerContentScripts([script]);
}

async function giveBackAccess(host: string): Promise<void> {
  try {
    await browser.permissions.remove({ origins: [customSiteMatch(host)] });
  } catch {
    // Access the browser grants some other way (a policy) cannot be given back; Tend just stops using it.
  }
}

export async function addCustomSite(host: string): Promise<Settings> {
  if (!(await hasAccess(host))) {
    throw new ProtocolError('forbidden', `Tend has not been allowed to read ${host}; allow it when your browser asks.`);
  }
  const settings = await settingsItem.getValue();
  if (settings.customSites.some((site) => site.host === host)) return syncCustomSites();
  const hosts = [...settings.customSites.map((site) => site.host), host];
  // All or nothing: the site is saved only once the browser runs Tend there.
  try {
    await registerFor(hosts);
  } catch (error) {
    await registerFor(hosts.slice(0, -1)).catch(() => {});
    await giveBackAccess(host);
    const why = error instanceof Error ? error.message : String(error);
    throw new ProtocolError('failed', `Tend could not start on ${host}, so it was not added (${why}).`);
  }
  await settingsItem.setValue({ ...settings, customSites: [...settings.customSites, { host }] });
  return syncCustomSites();
}

export async function removeCustomSite(host: string): Promise<Settings> {
  const settings = await settingsItem.getValue();
  await settingsItem.setValue({ ...settings, customSites: settings.customSites.filter((site) => site.host !== host) });
  await giveBackAccess(host);
  return syncCustomSites();
}
