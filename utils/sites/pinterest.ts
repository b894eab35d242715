import type { Site } from './site';

export const pinterest: Site = {
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
};
