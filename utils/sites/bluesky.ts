import type { Site, SiteExamples } from './site';

export const bluesky = {
  id: 'bluesky',
  name: 'Bluesky',
  hosts: ['bsky.app'],
  notFeeds: [/^\/messages(\/|$)/, /^\/settings(\/|$)/, /^\/intent\//],
  feeds: [
    /^\/$/,
    /^\/(search|feeds|notifications)\/?$/,
    /^\/hashtag\/[^/]+\/?$/,
    /^\/profile\/[^/]+(\/(post|feed|lists)\/[^/]+)?\/?$/,
  ],
} as const satisfies Site;

export const examples: SiteExamples = {
  feeds: ['/', '/search', '/feeds', '/profile/maya.bsky.social', '/profile/maya.bsky.social/post/3k'],
  notFeeds: ['/messages', '/messages/abc', '/settings', '/intent/compose'],
};
