/**
 * A social site Tend watches: where it lives and which of its pages are
 * feeds. Only feed pages count towards passive scrolling; messages, settings
 * and compose pages are where people talk and write, which is the opposite of
 * what Tend measures.
 */
export interface Site {
  /** Stable id stored in the database and settings; never rename one. */
  readonly id: string;
  readonly name: string;
  /** Exact host names, without scheme or port. */
  readonly hosts: readonly string[];
  /** Path patterns (matched against `pathname`) of the pages that are feeds. */
  readonly feeds: readonly RegExp[];
  /** Path patterns that are never feeds, checked before `feeds`. */
  readonly notFeeds: readonly RegExp[];
}

/**
 * Real paths a site's patterns must classify as stated, written in the
 * site's own file next to its patterns; the unit tests check every one, and
 * `examples.ts` will not compile until each built-in site has some. Kept
 * out of `Site`, in their own export, so the content script (which loads
 * every site into every feed) does not carry them.
 */
export interface SiteExamples {
  readonly feeds: readonly [string, ...string[]];
  readonly notFeeds: readonly [string, ...string[]];
}

export function isFeedPath(site: Pick<Site, 'feeds' | 'notFeeds'>, pathname: string): boolean {
  if (site.notFeeds.some((pattern) => pattern.test(pathname))) return false;
  return site.feeds.some((pattern) => pattern.test(pathname));
}

/** Match patterns for the manifest and for runtime registration. */
export function matchPatternsFor(hosts: readonly string[]): string[] {
  return hosts.map((host) => `https://${host}/*`);
}
