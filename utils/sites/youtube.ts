import type { Site, SiteExamples } from './site';

/** Home, Shorts and the subscriptions feed; watching one chosen video is not scrolling. */
export const youtube = {
  id: 'youtube',
  name: 'YouTube',
  hosts: ['www.youtube.com', 'm.youtube.com', 'youtube.com'],
  notFeeds: [],
  feeds: [/^\/$/, /^\/shorts(\/|$)/, /^\/feed\/(subscriptions|trending|explore)\/?$/, /^\/results\/?$/],
} as const satisfies Site;

export const examples: SiteExamples = {
  feeds: ['/', '/shorts/abc123', '/feed/subscriptions', '/results'],
  notFeeds: ['/watch', '/account', '/feed/history', '/upload'],
};
