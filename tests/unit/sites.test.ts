import { existsSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { builtInSites, siteForHost } from '../../utils/sites';
import { builtInSiteExamples } from '../../utils/sites/examples';
import { isFeedPath, type SiteExamples } from '../../utils/sites/site';

/** By any id: a site whose file gives no examples must fail here, not be skipped. */
const examplesById: Readonly<Record<string, SiteExamples | undefined>> = builtInSiteExamples;

function metaContent(html: string, name: string): string {
  const content = new RegExp(`<meta name="${name}" content="([^"]+)"`).exec(html)?.[1];
  if (!content) throw new Error(`fixture lacks <meta name="${name}">`);
  return content;
}

describe('built-in sites', () => {
  it.each(builtInSites.map((site) => [site.id, site] as const))(
    '%s classifies the example paths its file gives',
    (id, site) => {
      const paths = examplesById[id];
      expect(paths, `utils/sites/${id}.ts needs \`examples\``).toBeDefined();
      for (const path of paths?.feeds ?? []) expect(isFeedPath(site, path), `${id} ${path} is a feed`).toBe(true);
      for (const path of paths?.notFeeds ?? [])
        expect(isFeedPath(site, path), `${id} ${path} is not a feed`).toBe(false);
    },
  );

  it.each(builtInSites.map((site) => [site.id, site] as const))(
    '%s classifies its examples the same once its patterns travel as sources, as a content script gets them',
    (id, site) => {
      const rebuilt = {
        feeds: site.feeds.map((pattern) => new RegExp(pattern.source)),
        notFeeds: site.notFeeds.map((pattern) => new RegExp(pattern.source)),
      };
      expect([...site.feeds, ...site.notFeeds].map((pattern) => pattern.flags).join('')).toBe('');
      const paths = examplesById[id];
      for (const path of [...(paths?.feeds ?? []), ...(paths?.notFeeds ?? [])]) {
        expect(isFeedPath(rebuilt, path), `${id} ${path}`).toBe(isFeedPath(site, path));
      }
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
