/**
 * Shows and removes a nudge's card: an iframe of Tend's own nudge page, so
 * the host page can never read what it says. No name or message ever enters
 * the page's DOM. The card never takes focus.
 *
 * The frame sits in a closed shadow root created from the content script's
 * world, so the page sees an empty element and cannot read the frame's
 * address: in Firefox that address holds the install's id, the same on every
 * site, which would let sites follow the user.
 *
 * A card must not outlive the script that shows it. Firefox destroys a
 * content script's world on update or removal without telling it, so the
 * card carries its own end: it hides itself unless its script renews it every
 * few seconds (`LEASE_MS`). A new instance also removes any card an earlier
 * one left (`removeLeftoverCards`).
 */
import { runtime } from '../../utils/platform/runtime';
import { lineToCard } from '../../utils/protocol/card-line';
import type { Lifetime } from './lifetime';
import { plainSight } from './plain-sight';
import { shadowRootOf } from './shadow-root';

export interface Card {
  /** The nudge whose card is on the page, if any. */
  readonly showing: string | null;
  show(nudgeId: string): void;
  close(nudgeId?: string): void;
  /** The keyboard shortcut: focus into the card, or, from the card, back to where it was on the page. */
  toggleFocus(): void;
}

/** How long a card stays visible without its script renewing it. */
const LEASE_MS = 12_000;
const RENEW_EVERY_MS = 4_000;

/** How many times a card is put back after the page takes it away, before it gives up. */
const MAX_REMOUNTS = 3;

/**
 * Inline styles, set as important, so the page's own stylesheets cannot move, stretch, bury or fade the
 * card, or make it see-through over a decoy: everything that changes where it is, how it looks or whether
 * it takes clicks. (The page's CSS cannot reach inside the shadow root at all.) `visibility` is left to the
 * lease below: hidden, the card takes no clicks either.
 */
const HOST_STYLE = {
  position: 'fixed',
  inset: 'auto 16px 16px auto',
  'z-index': '2147483647',
  width: 'min(380px, calc(100vw - 32px))',
  height: 'auto',
  'min-width': '0',
  'min-height': '0',
  'max-width': 'none',
  'max-height': 'none',
  margin: '0',
  padding: '0',
  border: '0',
  outline: '0',
  overflow: 'visible',
  display: 'block',
  'box-sizing': 'border-box',
  background: 'transparent',
  opacity: '1',
  filter: 'none',
  'backdrop-filter': 'none',
  transform: 'none',
  translate: 'none',
  rotate: 'none',
  scale: 'none',
  zoom: '1',
  'clip-path': 'none',
  mask: 'none',
  'mix-blend-mode': 'normal',
  'pointer-events': 'auto',
  'content-visibility': 'visible',
  transition: 'none',
  animation: 'none',
};
const FRAME_STYLE = {
  display: 'block',
  width: '100%',
  height: '260px',
  'max-height': 'min(560px, calc(100vh - 32px))',
  border: '0',
  margin: '0',
  padding: '0',
  background: 'transparent',
  // The same as the card page's: a frame whose colour scheme differs from its embedder's gets an opaque backdrop.
  'color-scheme': 'light dark',
};

function style(element: HTMLElement, declarations: Record<string, string>): void {
  for (const [property, value] of Object.entries(declarations)) element.style.setProperty(property, value, 'important');
}

/** The card page's address without a nudge id: the same for every card of this extension. */
function cardPage(): string {
  return runtime().getURL('/nudge.html');
}

/** Removes cards an earlier instance left on the page: one whose world was destroyed could not remove them itself. */
export function removeLeftoverCards(): void {
  const page = cardPage();
  // At document_start there may be no document element yet, and then nothing left over either.
  const roots: (Element | null)[] = [document.documentElement, document.body];
  for (const element of roots.flatMap((root) => (root ? [...root.children] : []))) {
    const frame = shadowRootOf(element)?.querySelector('iframe');
    if (frame && frame.src.split('#')[0] === page) element.remove();
  }
}

export function createCard(lifetime: Lifetime): Card {
  let host: HTMLDivElement | null = null;
  let frame: HTMLIFrameElement | null = null;
  /** Where the keyboard's focus was on the page when the shortcut moved it into the card. */
  let focusedBefore: Element | null = null;
  let showing: string | null = null;
  let stopListening: AbortController | null = null;
  let lease: Animation | null = null;
  let renewer: ReturnType<typeof setInterval> | undefined;
  let remounts = 0;
  /** Watches for the page taking the card away. */
  let removal: MutationObserver | null = null;

  function close(nudgeId?: string): void {
    if (nudgeId !== undefined && nudgeId !== showing) return;
    stopListening?.abort();
    stopListening = null;
    clearInterval(renewer);
    renewer = undefined;
    lease = null;
    removal = null;
    // If the person was using the card, give focus back to the page, as a closing dialog does;
    // a removed frame would otherwise leave the page unfocused until they click it.
    const hadFocus = host !== null && document.activeElement === host;
    host?.remove();
    host = null;
    frame = null;
    showing = null;
    if (hadFocus) focusPage();
  }

  /** Focus back where it was on the page before the shortcut moved it into the card, or on the page itself. */
  function focusPage(): void {
    const back = focusedBefore;
    focusedBefore = null;
    if (back instanceof HTMLElement && back.isConnected && back !== document.body) {
      back.focus();
    } else {
      // Nothing was focused before: leave the frame, so keys go to the page again.
      host?.blur();
      window.focus();
    }
  }

  function toggleFocus(): void {
    if (!host || !frame) return;
    if (document.activeElement === host) {
      focusPage();
    } else {
      focusedBefore = document.activeElement;
      frame.focus();
    }
  }

  /** Keeps the card visible for another lease, or closes it once the extension is gone. */
  function renew(): void {
    if (!lifetime.isLive()) close();
    else if (host) {
      keep(host);
      if (lease) lease.currentTime = 0;
    }
  }

  /**
   * Puts the card in the top layer, above anything a z-index can do and the page's own layers opened before
   * it. (A modal dialog the page opens makes the card inert: no click reaches it then.)
   */
  function raise(cardHost: HTMLElement): void {
    try {
      if (!cardHost.matches(':popover-open')) cardHost.showPopover();
    } catch {
      // Not connected, or no popover support: the fixed position and z-index still hold.
    }
  }

  /**
   * Undoes what the page did to the host's own attributes (its style, its popover): the same styles as
   * pinned, exactly, and in the top layer again, above anything the page put there since.
   */
  function restore(cardHost: HTMLElement, pinned: string, raiseAbove: boolean): void {
    if (host !== cardHost) return;
    if (cardHost.getAttribute('style') !== pinned) cardHost.setAttribute('style', pinned);
    if (cardHost.popover !== 'manual') cardHost.popover = 'manual';
    if (raiseAbove && cardHost.isConnected && cardHost.matches(':popover-open')) cardHost.hidePopover();
    raise(cardHost);
  }

  /** The page took the card away (removed it, or closed its popover) while it is showing: put it back. */
  function keep(cardHost: HTMLElement): void {
    if (host !== cardHost || (cardHost.isConnected && cardHost.matches(':popover-open'))) return;
    if (remounts >= MAX_REMOUNTS) {
      // A page that keeps taking it away wins; the next report tells the background the card is gone.
      close();
      return;
    }
    remounts++;
    if (!cardHost.isConnected) {
      const parent = document.body ?? document.documentElement;
      parent.append(cardHost);
      removal?.observe(parent, { childList: true });
    }
    raise(cardHost);
  }

  function show(nudgeId: string): void {
    if (showing === nudgeId) return;
    close();
    const iframe = document.createElement('iframe');
    iframe.src = `${cardPage()}#${nudgeId}`;
    iframe.title = 'Tend suggestion';
    // `*`: the frame is ours, but arrives by a per-session address that differs from its origin.
    iframe.allow = 'clipboard-write *';
    style(iframe, FRAME_STYLE);
    const cardHost = document.createElement('div');
    style(cardHost, HOST_STYLE);
    const pinned = cardHost.getAttribute('style') ?? '';
    cardHost.popover = 'manual';
    cardHost.attachShadow({ mode: 'closed' }).append(iframe);
    stopListening = new AbortController();
    // Before recording a press, the card asks whether the page could be hiding it (plain-sight.ts).
    const sight = plainSight(cardHost, pinned, () => restore(cardHost, pinned, true));
    // The card tells its height on a line of its own, which the page cannot hear.
    lineToCard(
      iframe,
      (note) => {
        if (note.kind !== 'height') return;
        iframe.style.setProperty('height', `${Math.ceil(Math.min(Math.max(note.px, 80), 560))}px`, 'important');
      },
      sight,
      stopListening.signal,
    );
    // Renewed at once when the tab comes back: a hidden tab's timers may have been held back.
    document.addEventListener('visibilitychange', renew, { signal: stopListening.signal });
    const parent = document.body ?? document.documentElement;
    parent.append(cardHost);
    raise(cardHost);
    remounts = 0;
    cardHost.addEventListener('toggle', () => keep(cardHost), { signal: stopListening.signal });
    // Removed from the body, or gone with a body the page replaced (single-page apps do); or restyled by script.
    removal = new MutationObserver(() => {
      restore(cardHost, pinned, false);
      keep(cardHost);
    });
    removal.observe(parent, { childList: true });
    removal.observe(document.documentElement, { childList: true });
    removal.observe(cardHost, { attributes: true, attributeFilter: ['style', 'popover'] });
    const observer = removal;
    stopListening.signal.addEventListener('abort', () => observer.disconnect(), { once: true });
    // The lease: hidden (and so not clickable) once it runs out, unless `renew` restarts it.
    lease = cardHost.animate([{ visibility: 'visible' }, { visibility: 'hidden' }], {
      duration: 1,
      delay: LEASE_MS,
      fill: 'forwards',
    });
    renewer = setInterval(renew, RENEW_EVERY_MS);
    host = cardHost;
    frame = iframe;
    showing = nudgeId;
  }

  lifetime.onEnd(() => close());
  return {
    get showing() {
      return showing;
    },
    show,
    close,
    toggleFocus,
  };
}
