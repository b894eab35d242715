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

export const builtInSites: readonly Site[] = [
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
];

export function siteForHost(host: string, sites: readonly Site[] = builtInSites): Site | undefined {
  return sites.find((site) => site.hosts.includes(host));
}

export function siteForId(id: string, sites: readonly Site[] = builtInSites): Site | undefined {
  return sites.find((site) => site.id === id);
}
