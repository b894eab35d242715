import type { Site } from './site';

export const threads: Site = {
  id: 'threads',
  name: 'Threads',
  hosts: ['www.threads.com', 'threads.com', 'www.threads.net', 'threads.net'],
  notFeeds: [/^\/settings(\/|$)/, /^\/intent\//, /^\/login(\/|$)/],
  feeds: [/^\/$/, /^\/(for_you|following|search|activity|saved|liked)\/?$/, /^\/@[^/]+(\/post\/[^/]+)?\/?$/],
};
