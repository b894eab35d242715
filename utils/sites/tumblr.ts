import type { Site, SiteExamples } from './site';

export const tumblr = {
  id: 'tumblr',
  name: 'Tumblr',
  hosts: ['www.tumblr.com', 'tumblr.com'],
  notFeeds: [
    /^\/settings(\/|$)/,
    /^\/new(\/|$)/,
    /^\/messaging(\/|$)/,
    /^\/inbox(\/|$)/,
    /^\/login(\/|$)/,
    /^\/register(\/|$)/,
  ],
  feeds: [/^\/dashboard(\/|$)/, /^\/explore(\/|$)/, /^\/(tagged|search)\/[^/]+/, /^\/[a-z0-9-]+(\/\d+(\/[^/]+)?)?\/?$/],
} as const satisfies Site;

export const examples: SiteExamples = {
  feeds: ['/dashboard', '/explore/trending', '/tagged/art', '/maya-writes', '/maya-writes/123/slug'],
  notFeeds: ['/settings/account', '/new/text', '/messaging', '/inbox'],
};
