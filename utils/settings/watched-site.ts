import { builtInSites, siteForHost } from '../sites';
import { customSite } from '../sites/custom';
import type { Site } from '../sites/site';
import type { Settings } from './settings';

/** The site Tend watches at a host, built-in or added by the user, if any. */
export function watchedSite(host: string, settings: Settings): Site | undefined {
  return (
    siteForHost(host, builtInSites) ??
    (settings.customSites.some((s) => s.host === host) ? customSite(host) : undefined)
  );
}
