import type { Site } from './site';

export const tiktok: Site = {
  id: 'tiktok',
  name: 'TikTok',
  hosts: ['www.tiktok.com', 'tiktok.com'],
  notFeeds: [/^\/messages(\/|$)/, /^\/upload(\/|$)/, /^\/setting(s)?(\/|$)/, /^\/tiktokstudio(\/|$)/, /^\/login(\/|$)/],
  feeds: [
    /^\/$/,
    /^\/(foryou|following|friends|explore|live)(\/|$)/,
    /^\/@[^/]+(\/video\/\d+)?\/?$/,
    /^\/tag\/[^/]+\/?$/,
    /^\/search(\/|$)/,
  ],
};
