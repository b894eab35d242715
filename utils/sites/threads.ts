import type { Site, SiteExamples } from './site';

export const threads = {
  id: 'threads',
  name: 'Threads',
  hosts: ['www.threads.com', 'threads.com', 'www.threads.net', 'threads.net'],
  notFeeds: [/^\/settings(\/|$)/, /^\/intent\//, /^\/login(\/|$)/],
  feeds: [/^\/$/, /^\/(for_you|following|search|activity|saved|liked)\/?$/, /^\/@[^/]+(\/post\/[^/]+)?\/?$/],
} as const satisfies Site;

export const examples: SiteExamples = {
  feeds: ['/', '/following', '/search', '/@maya', '/@maya/post/abc'],
  notFeeds: ['/settings', '/settings/privacy', '/intent/post', '/login'],
};
