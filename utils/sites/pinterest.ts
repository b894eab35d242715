import type { Site, SiteExamples } from './site';

export const pinterest = {
  id: 'pinterest',
  name: 'Pinterest',
  hosts: ['www.pinterest.com', 'pinterest.com'],
  notFeeds: [
    /^\/settings(\/|$)/,
    /^\/pin-creation-tool(\/|$)/,
    /^\/pin-builder(\/|$)/,
    /^\/business(\/|$)/,
    /^\/messages?(\/|$)/,
    /^\/login(\/|$)/,
  ],
  feeds: [
    /^\/$/,
    /^\/(today|ideas|homefeed)(\/|$)/,
    /^\/search\/pins\/?$/,
    /^\/pin\/[^/]+\/?$/,
    /^\/[^/]+(\/[^/]+)?\/?$/,
  ],
} as const satisfies Site;

export const examples: SiteExamples = {
  feeds: ['/', '/today/', '/search/pins/', '/pin/12345/', '/maya/', '/maya/garden-ideas/'],
  notFeeds: ['/settings/', '/pin-creation-tool/', '/business/hub/', '/messages/'],
};
