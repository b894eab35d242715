import type { Site } from './site';

export const tumblr: Site = {
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
};
