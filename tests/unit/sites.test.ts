import { existsSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { builtInSites, siteForHost } from '../../utils/sites';
import { isFeedPath } from '../../utils/sites/site';

/** Real paths each site definition must classify as stated ("tested on" lists). */
const examples: Record<string, { feeds: string[]; notFeeds: string[] }> = {
  bluesky: {
    feeds: ['/', '/search', '/feeds', '/profile/maya.bsky.social', '/profile/maya.bsky.social/post/3k'],
    notFeeds: ['/messages', '/messages/abc', '/settings', '/intent/compose'],
  },
  facebook: {
    feeds: ['/', '/home.php', '/watch/', '/reel/123/', '/groups/feed/', '/maya.lopez/'],
    notFeeds: ['/messages/t/123', '/settings/', '/marketplace/inbox/', '/login.php'],
  },
  hackernews: {
    feeds: ['/', '/news', '/newest', '/ask', '/item'],
    notFeeds: ['/submit', '/reply', '/login', '/user'],
  },
  instagram: {
    feeds: ['/', '/explore/', '/reels/', '/reel/C1a2b3/', '/p/C1a2b3/', '/maya.writes/'],
    notFeeds: ['/direct/inbox/', '/direct/t/1234/', '/accounts/edit/', '/create/select/'],
  },
  linkedin: {
    feeds: ['/feed/', '/feed/update/urn:li:activity:1/'],
    notFeeds: ['/messaging/', '/messaging/thread/1/', '/jobs/', '/in/maya/edit/intro/', '/mynetwork/'],
  },
  pinterest: {
    feeds: ['/', '/today/', '/search/pins/', '/pin/12345/', '/maya/', '/maya/garden-ideas/'],
    notFeeds: ['/settings/', '/pin-creation-tool/', '/business/hub/', '/messages/'],
  },
  reddit: {
    feeds: ['/', '/r/aww/', '/r/aww/comments/abc/title/', '/popular/', '/user/someone/'],
    notFeeds: ['/message/inbox/', '/chat/', '/settings/', '/prefs/', '/r/aww/submit', '/submit'],
  },
  threads: {
    feeds: ['/', '/following', '/search', '/@maya', '/@maya/post/abc'],
    notFeeds: ['/settings', '/settings/privacy', '/intent/post', '/login'],
  },
  tiktok: {
    feeds: ['/', '/foryou', '/following', '/explore', '/@maya', '/@maya/video/123'],
    notFeeds: ['/messages', '/upload', '/setting', '/tiktokstudio/upload'],
  },
  tumblr: {
    feeds: ['/dashboard', '/explore/trending', '/tagged/art', '/maya-writes', '/maya-writes/123/slug'],
    notFeeds: ['/settings/account', '/new/text', '/messaging', '/inbox'],
  },
  x: {
    feeds: ['/home', '/explore', '/search', '/i/bookmarks', '/mayalopez', '/mayalopez/status/123'],
    notFeeds: ['/messages', '/messages/123-456', '/compose/post', '/settings/account', '/i/flow/login'],
  },
  youtube: {
    feeds: ['/', '/shorts/abc123', '/feed/subscriptions'],
    notFeeds: ['/watch', '/results', '/account', '/feed/history', '/upload'],
  },
};

function metaContent(html: string, name: string): string {
  const content = new RegExp(`<meta name="${name}" content="([^"]+)"`).exec(html)?.[1];
  if (!content) throw new Error(`fixture lacks <meta name="${name}">`);
  return content;
}

describe('built-in sites', () => {
  it.each(builtInSites.map((site) => [site.id, site] as const))(
    '%s classifies its feed and non-feed paths',
    (id, site) => {
      const paths = examples[id];
      expect(paths, `${id} needs example paths in this test`).toBeDefined();
      for (const path of paths?.feeds ?? []) expect(isFeedPath(site, path), `${id} ${path} is a feed`).toBe(true);
      for (const path of paths?.notFeeds ?? [])
        expect(isFeedPath(site, path), `${id} ${path} is not a feed`).toBe(false);
    },
  );

  it.each(builtInSites.map((site) => [site.id, site] as const))(
    '%s has a fixture page at one of its feeds',
    (id, site) => {
      const file = new URL(`../fixtures/sites/${id}.html`, import.meta.url);
      expect(existsSync(file), `tests/fixtures/sites/${id}.html`).toBe(true);
      const html = readFileSync(file, 'utf8');
      const fixtureUrl = new URL(metaContent(html, 'tend-fixture-url'));
      expect(site.hosts).toContain(fixtureUrl.hostname);
      expect(isFeedPath(site, fixtureUrl.pathname)).toBe(true);
      expect(isFeedPath(site, new URL(metaContent(html, 'tend-fixture-not-feed'), fixtureUrl).pathname)).toBe(false);
    },
  );

  it('gives every site a unique id and every host to one site', () => {
    const ids = builtInSites.map((site) => site.id);
    expect(new Set(ids).size).toBe(ids.length);
    const hosts = builtInSites.flatMap((site) => site.hosts);
    expect(new Set(hosts).size).toBe(hosts.length);
  });

  it('finds a site by host, and none for unrelated hosts', () => {
    expect(siteForHost('www.instagram.com')?.id).toBe('instagram');
    expect(siteForHost('old.reddit.com')?.id).toBe('reddit');
    expect(siteForHost('example.com')).toBeUndefined();
    expect(siteForHost('instagram.com.evil.example')).toBeUndefined();
  });
});
