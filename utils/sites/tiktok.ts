import type { Site, SiteExamples } from './site';

export const tiktok = {
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
} as const satisfies Site;

export const examples: SiteExamples = {
  feeds: ['/', '/foryou', '/following', '/explore', '/@maya', '/@maya/video/123'],
  notFeeds: ['/messages', '/upload', '/setting', '/tiktokstudio/upload'],
};
