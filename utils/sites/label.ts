/**
 * What a site is called wherever Tend names one (the card, the popup,
 * Insights, History), including the two places that are not sites: a
 * connection logged from Tend's own pages, and the options page's preview.
 */
import { siteForId } from './index';

/** Where connections made outside any feed are counted: the popup, the options page, a preview card. */
export const OTHER_SITE = 'other';

/** The site recorded for a nudge shown from the options page's preview. */
export const PREVIEW_SITE = 'preview';

export function siteLabel(site: string): string {
  if (site === OTHER_SITE) return 'Elsewhere';
  if (site === PREVIEW_SITE) return 'Preview';
  return siteForId(site)?.name ?? site;
}
