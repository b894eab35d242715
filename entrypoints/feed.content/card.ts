/**
 * Shows and removes a nudge's card: an iframe of Tend's own nudge page, so
 * the host page can never read what it says. The page learns only that an
 * extension frame exists and the random id in its address; no name or
 * message ever enters the page's DOM. The card never takes focus.
 *
 * This does what WXT's `createIframeUi` does (a wrapper and an iframe,
 * removed when the context is invalidated) in a few lines, because
 * `createIframeUi` brings its auto-mount machinery along and would take the
 * content script over its 8 KB budget.
 */
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { browser } from '../../utils/platform/browser';

export interface Card {
  /** The nudge whose card is on the page, if any. */
  readonly showing: string | null;
  show(nudgeId: string): void;
  close(nudgeId?: string): void;
}

/**
 * Inline styles, set as important, so the page's own stylesheets cannot move, stretch or bury the card.
 * They pin only what is listed: a page can still change what is not (opacity, filter, transform,
 * visibility, clip-path).
 */
const WRAPPER_STYLE = {
  position: 'fixed',
  right: '16px',
  bottom: '16px',
  'z-index': '2147483647',
  width: 'min(380px, calc(100vw - 32px))',
  margin: '0',
  padding: '0',
  border: '0',
  display: 'block',
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

export function createCard(ctx: ContentScriptContext): Card {
  let wrapper: HTMLDivElement | null = null;
  let showing: string | null = null;
  let stopListening: AbortController | null = null;

  function close(nudgeId?: string): void {
    if (nudgeId !== undefined && nudgeId !== showing) return;
    stopListening?.abort();
    stopListening = null;
    // If the person was using the card, give focus back to the page, as a closing dialog does;
    // a removed frame would otherwise leave the page unfocused until they click it.
    const hadFocus = wrapper?.contains(document.activeElement) ?? false;
    wrapper?.remove();
    wrapper = null;
    showing = null;
    if (hadFocus) window.focus();
  }

  function show(nudgeId: string): void {
    if (showing === nudgeId) return;
    close();
    const iframe = document.createElement('iframe');
    iframe.src = `${browser.runtime.getURL('/nudge.html')}#${nudgeId}`;
    iframe.title = 'Tend suggestion';
    // `*`: the frame is ours, but arrives by a per-session address that differs from its origin.
    iframe.allow = 'clipboard-write *';
    style(iframe, FRAME_STYLE);
    const frameWrapper = document.createElement('div');
    style(frameWrapper, WRAPPER_STYLE);
    frameWrapper.append(iframe);
    // The card tells its height; only a message from its own frame is believed.
    stopListening = new AbortController();
    window.addEventListener(
      'message',
      (event) => {
        if (event.source !== iframe.contentWindow) return;
        const height = (event.data as { tendCardHeight?: unknown } | null)?.tendCardHeight;
        if (typeof height === 'number' && Number.isFinite(height)) {
          iframe.style.setProperty('height', `${Math.ceil(Math.min(Math.max(height, 80), 560))}px`, 'important');
        }
      },
      { signal: stopListening.signal },
    );
    document.body.append(frameWrapper);
    wrapper = frameWrapper;
    showing = nudgeId;
  }

  ctx.onInvalidated(() => close());
  return {
    get showing() {
      return showing;
    },
    show,
    close,
  };
}
