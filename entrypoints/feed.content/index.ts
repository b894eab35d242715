import { defineContentScript } from 'wxt/utils/define-content-script';
import { builtInSites, siteForHost } from '../../utils/sites';
import { customSite } from '../../utils/sites/custom';
import { matchPatternsFor } from '../../utils/sites/site';
import { watchFeed } from './watch';

export default defineContentScript({
  matches: builtInSites.flatMap((site) => matchPatternsFor(site.hosts)),
  runAt: 'document_idle',
  main(ctx) {
    // Anywhere else, the script was registered for a site the user added: every page there counts.
    watchFeed(ctx, siteForHost(location.hostname) ?? customSite(location.hostname));
  },
});
