/**
 * Sites the user adds. Tend watches every page of such a site (it cannot
 * know which paths are feeds), once the user has granted it access.
 */

import { siteForHost } from '.';
import type { Site } from './site';

export class CustomSiteError extends Error {
  override name = 'CustomSiteError';
}

/** Turns what the user typed ("example.com", "https://www.example.com/feed") into a host, or explains why not. */
export function normaliseHost(input: string): string {
  const text = input.trim();
  if (text === '') throw new CustomSiteError('Enter a site, like forum.example.com.');
  const url = URL.parse(/^[a-z][a-z0-9+.-]*:\/\//i.test(text) ? text : `https://${text}`);
  if (!url || url.hostname === '' || url.username || url.password) {
    throw new CustomSiteError('That does not look like a site address.');
  }
  if (url.protocol !== 'https:') throw new CustomSiteError('Tend can only watch sites served over https.');
  const host = url.hostname.toLowerCase();
  if (!host.includes('.') || host.startsWith('.') || host.endsWith('.') || host.includes('*')) {
    throw new CustomSiteError('Enter a full site name, like forum.example.com.');
  }
  const builtIn = siteForHost(host);
  if (builtIn) throw new CustomSiteError(`${builtIn.name} is built in: turn it on under Built-in sites.`);
  return host;
}

export function customSiteMatch(host: string): string {
  return `https://${host}/*`;
}

export function customSite(host: string): Site {
  return { id: host, name: host, hosts: [host], feeds: [/^\//], notFeeds: [] };
}
