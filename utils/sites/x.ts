import type { Site, SiteExamples } from './site';

export const x = {
  id: 'x',
  name: 'X (Twitter)',
  hosts: ['x.com', 'twitter.com', 'mobile.x.com', 'mobile.twitter.com'],
  notFeeds: [
    /^\/messages(\/|$)/,
    /^\/compose(\/|$)/,
    /^\/settings(\/|$)/,
    /^\/i\/(flow|chat|grok|premium_sign_up|verified-choose)(\/|$)/,
    /^\/login(\/|$)/,
  ],
  feeds: [
    /^\/home\/?$/,
    /^\/explore(\/|$)/,
    /^\/search\/?$/,
    /^\/notifications\/?$/,
    /^\/i\/(lists\/\d+|bookmarks)\/?$/,
    /^\/[A-Za-z0-9_]{1,15}(\/(with_replies|media|likes|status\/\d+))?\/?$/,
  ],
} as const satisfies Site;

export const examples: SiteExamples = {
  feeds: ['/home', '/explore', '/search', '/i/bookmarks', '/mayalopez', '/mayalopez/status/123'],
  notFeeds: ['/messages', '/messages/123-456', '/compose/post', '/settings/account', '/i/flow/login'],
};
