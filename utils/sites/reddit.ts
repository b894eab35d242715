import type { Site, SiteExamples } from './site';

export const reddit = {
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
    /^\/search(\/|$)/,
  ],
} as const satisfies Site;

export const examples: SiteExamples = {
  feeds: ['/', '/r/aww/', '/r/aww/comments/abc/title/', '/popular/', '/user/someone/', '/search/'],
  notFeeds: ['/message/inbox/', '/chat/', '/settings/', '/prefs/', '/r/aww/submit', '/submit'],
};
