import type { Site } from './site';

/** Home, Shorts and the subscriptions feed; watching one chosen video is not scrolling. */
export const youtube: Site = {
  id: 'youtube',
  name: 'YouTube',
  hosts: ['www.youtube.com', 'm.youtube.com', 'youtube.com'],
  notFeeds: [],
  feeds: [/^\/$/, /^\/shorts(\/|$)/, /^\/feed\/(subscriptions|trending|explore)\/?$/],
};
