import type { Site, SiteExamples } from './site';

export const instagram = {
  id: 'instagram',
  name: 'Instagram',
  hosts: ['www.instagram.com', 'instagram.com'],
  notFeeds: [/^\/direct(\/|$)/, /^\/accounts\//, /^\/create\//, /^\/challenge\//, /^\/emails?\//],
  feeds: [
    /^\/$/,
    /^\/explore(\/|$)/,
    /^\/reels?(\/|$)/,
    /^\/p\/[^/]+\/?$/,
    /^\/stories\//,
    /^\/[A-Za-z0-9._]{1,30}\/?$/,
    /^\/[A-Za-z0-9._]{1,30}\/reels\/?$/,
  ],
} as const satisfies Site;

export const examples: SiteExamples = {
  feeds: ['/', '/explore/', '/reels/', '/reel/C1a2b3/', '/p/C1a2b3/', '/maya.writes/', '/maya.writes/reels/'],
  notFeeds: ['/direct/inbox/', '/direct/t/1234/', '/accounts/edit/', '/create/select/'],
};
