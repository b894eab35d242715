import type { Site } from './site';

export const facebook: Site = {
  id: 'facebook',
  name: 'Facebook',
  hosts: ['www.facebook.com', 'web.facebook.com', 'm.facebook.com', 'facebook.com'],
  notFeeds: [
    /^\/messages(\/|$)/,
    /^\/settings(\/|$|\.php)/,
    /^\/composer(\/|$)/,
    /^\/checkpoint(\/|$)/,
    /^\/login(\/|$|\.php)/,
    /^\/marketplace\/(inbox|create)/,
  ],
  feeds: [
    /^\/$/,
    /^\/home\.php$/,
    /^\/watch(\/|$)/,
    /^\/reels?\//,
    /^\/stories\//,
    /^\/groups\/feed\/?$/,
    /^\/groups\/[^/]+\/?$/,
    /^\/marketplace\/?$/,
    /^\/profile\.php$/,
    /^\/[A-Za-z0-9.]{5,50}\/?$/,
  ],
};
