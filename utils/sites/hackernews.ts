import type { Site } from './site';

export const hackernews: Site = {
  id: 'hackernews',
  name: 'Hacker News',
  hosts: ['news.ycombinator.com'],
  notFeeds: [/^\/(submit|reply|login|edit|user|changepw|delete-confirm)$/],
  feeds: [/^\/$/, /^\/(news|newest|front|ask|show|best|active|item|from)$/],
};
