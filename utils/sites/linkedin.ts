import type { Site, SiteExamples } from './site';

export const linkedin = {
  id: 'linkedin',
  name: 'LinkedIn',
  hosts: ['www.linkedin.com', 'linkedin.com'],
  notFeeds: [/^\/messaging(\/|$)/],
  feeds: [/^\/feed(\/|$)/],
} as const satisfies Site;

export const examples: SiteExamples = {
  feeds: ['/feed/', '/feed/update/urn:li:activity:1/'],
  notFeeds: ['/messaging/', '/messaging/thread/1/', '/jobs/', '/in/maya/edit/intro/', '/mynetwork/'],
};
