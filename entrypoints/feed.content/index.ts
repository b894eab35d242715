import { defineContentScript } from 'wxt/utils/define-content-script';
import { builtInSites, siteForHost } from '../../utils/sites';
import { matchPatternsFor } from '../../utils/sites/site';
import { watchFeed } from './watch';

export default defineContentScript({
  matches: builtInSites.flatMap((site) => matchPatternsFor(site.hosts)),
  runAt: 'document_idle',
  main(ctx) {
    const site = siteForHost(location.hostname);
    if (site) watchFeed(ctx, site);
  },
});
