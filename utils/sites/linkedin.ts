import type { Site } from './site';

export const linkedin: Site = {
  id: 'linkedin',
  name: 'LinkedIn',
  hosts: ['www.linkedin.com', 'linkedin.com'],
  notFeeds: [/^\/messaging(\/|$)/],
  feeds: [/^\/feed(\/|$)/],
};
