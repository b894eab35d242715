/**
 * Every built-in site's example paths, gathered for the tests. Nothing that
 * ships imports this file, so the examples stay out of every bundle; the
 * type makes a site added to `builtInSites` fail to compile until its file
 * exports examples.
 */
import type { BuiltInSiteId } from '.';
import { examples as bluesky } from './bluesky';
import { examples as facebook } from './facebook';
import { examples as hackernews } from './hackernews';
import { examples as instagram } from './instagram';
import { examples as linkedin } from './linkedin';
import { examples as pinterest } from './pinterest';
import { examples as reddit } from './reddit';
import type { SiteExamples } from './site';
import { examples as threads } from './threads';
import { examples as tiktok } from './tiktok';
import { examples as tumblr } from './tumblr';
import { examples as x } from './x';
import { examples as youtube } from './youtube';

export const builtInSiteExamples: Readonly<Record<BuiltInSiteId, SiteExamples>> = {
  bluesky,
  facebook,
  hackernews,
  instagram,
  linkedin,
  pinterest,
  reddit,
  threads,
  tiktok,
  tumblr,
  x,
  youtube,
};
