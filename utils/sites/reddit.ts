import type { Site } from './site';

export const reddit: Site = {
  id: 'reddit',
  name: 'Reddit',
  hosts: ['www.reddit.com', 'reddit.com', 'old.reddit.com', 'new.reddit.com'],
  notFeeds: [
    /^\/message(\/|$)/,
    /^\/chat(\/|$)/,
    /^\/settings(\/|$)/,
    /^\/prefs(\/|$)/,
    /^\/submit(\/|$)/,
    /^\/(r|u|user)\/[^/]+\/submit(\/|$)/,
    /^\/login(\/|$)/,
    /^\/register(\/|$)/,
  ],
  feeds: [
    /^\/$/,
    /^\/(best|hot|new|top|rising|controversial)\/?$/,
    /^\/(popular|all)(\/|$)/,
    /^\/r\/[^/]+/,
    /^\/(u|user)\/[^/]+/,
  ],
};
