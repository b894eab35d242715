import { bluesky } from './bluesky';
import { facebook } from './facebook';
import { hackernews } from './hackernews';
import { instagram } from './instagram';
import { linkedin } from './linkedin';
import { pinterest } from './pinterest';
import { reddit } from './reddit';
import type { Site } from './site';
import { threads } from './threads';
import { tiktok } from './tiktok';
import { tumblr } from './tumblr';
import { x } from './x';
import { youtube } from './youtube';

/** Each site is declared `as const`, so this list knows their ids (see `BuiltInSiteId`). */
const BUILT_IN = [
  instagram,
  facebook,
  x,
  reddit,
  tiktok,
  youtube,
  linkedin,
  threads,
  bluesky,
  pinterest,
  tumblr,
  hackernews,
] as const;

export const builtInSites: readonly Site[] = BUILT_IN;

/** The ids of the built-in sites, for what must cover every one (each site's examples). */
export type BuiltInSiteId = (typeof BUILT_IN)[number]['id'];

export function siteForHost(host: string, sites: readonly Site[] = builtInSites): Site | undefined {
  return sites.find((site) => site.hosts.includes(host));
}

export function siteForId(id: string, sites: readonly Site[] = builtInSites): Site | undefined {
  return sites.find((site) => site.id === id);
}
