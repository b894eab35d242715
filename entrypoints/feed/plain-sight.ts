/**
 * What the page may have done to the card's host, for the card to ask before
 * it records a press (utils/protocol/card-line.ts).
 *
 * The host is in the top layer, where nothing of the page's ordinary content
 * can cover it and where its ancestors' opacity, filters, masks, clips and
 * transforms do not reach it (tried in Chromium and Firefox). So the page
 * has two ways left to hide it under a decoy, and both are seen here, in any
 * browser (Firefox has no IntersectionObserver v2):
 *
 * - rewriting the host's own inline style from script (card.ts also undoes
 *   that as it happens);
 * - putting something of its own in the top layer: a popover, a modal
 *   dialog, a fullscreen element, or their backdrops, even inside a closed
 *   shadow root (extensions may open those in both browsers). The top
 *   layer's order cannot be read, so anything of the page there counts.
 *
 * When anything is off, the host is raised again above all there is now.
 */
import type { Sight } from '../../utils/protocol/card-line';
import { shadowRootOf } from './shadow-root';

/** Whether the page has anything in the top layer, in the document or in any shadow root, open or closed. */
function pageInTopLayer(root: Document | ShadowRoot, host: Element): boolean {
  for (const element of root.querySelectorAll(':popover-open, :modal, :fullscreen')) {
    if (element !== host) return true;
  }
  for (const element of root.querySelectorAll('*')) {
    const shadow = shadowRootOf(element);
    if (shadow && pageInTopLayer(shadow, host)) return true;
  }
  return false;
}

/** `raise` puts the host back in the top layer, above everything, styled as Tend pinned it (`pinned`). */
export function plainSight(host: HTMLElement, pinned: string, raise: () => void): () => Sight {
  return () => {
    const sight = {
      pinned: host.isConnected && host.matches(':popover-open') && host.getAttribute('style') === pinned,
      alone: !pageInTopLayer(document, host),
    };
    if (!sight.pinned || !sight.alone) raise();
    return sight;
  };
}
