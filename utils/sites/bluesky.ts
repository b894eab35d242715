import type { Site } from './site';

export const bluesky: Site = {
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
};
