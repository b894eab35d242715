import type { Site, SiteExamples } from './site';

export const facebook = {
  id: 'facebook',
  name: 'Facebook',
  hosts: ['www.facebook.com', 'web.facebook.com', 'm.facebook.com', 'facebook.com'],
  notFeeds: [
    /^\/messages(\/|$)/,
    /^\/settings(\/|$|\.php)/,
    /^\/composer(\/|$)/,
    /^\/checkpoint(\/|$)/,
    /^\/login(\/|$|\.php)/,
    /^\/marketplace\/(inbox|create)/,
    // Writing a post, a story or a reel, or starting a group, is not scrolling.
    /^\/(groups|stories|reels?)\/create(\/|$)/,
  ],
  feeds: [
    /^\/$/,
    /^\/home\.php$/,
    /^\/watch(\/|$)/,
    /^\/reels?\//,
    /^\/stories\//,
    /^\/groups\/feed\/?$/,
    /^\/groups\/[^/]+\/?$/,
    /^\/marketplace\/?$/,
    /^\/profile\.php$/,
    /^\/[A-Za-z0-9.]{5,50}\/?$/,
  ],
} as const satisfies Site;

export const examples: SiteExamples = {
  feeds: ['/', '/home.php', '/watch/', '/reel/123/', '/groups/feed/', '/maya.lopez/'],
  notFeeds: [
    '/messages/t/123',
    '/settings/',
    '/marketplace/inbox/',
    '/login.php',
    '/groups/create/',
    '/stories/create',
    '/reels/create',
  ],
};
