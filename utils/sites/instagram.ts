import type { Site } from './site';

export const instagram: Site = {
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
  ],
};
