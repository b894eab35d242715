import type { Site, SiteExamples } from './site';

export const hackernews = {
  id: 'hackernews',
  name: 'Hacker News',
  hosts: ['news.ycombinator.com'],
  notFeeds: [/^\/(submit|reply|login|edit|user|changepw|delete-confirm)$/],
  feeds: [/^\/$/, /^\/(news|newest|newcomments|front|ask|show|best|active|item|from)$/],
} as const satisfies Site;

export const examples: SiteExamples = {
  feeds: ['/', '/news', '/newest', '/newcomments', '/ask', '/item'],
  notFeeds: ['/submit', '/reply', '/login', '/user'],
};
