/** An element's shadow root even when closed: extensions may read it (Firefox on the element, Chrome through `chrome.dom`). */
export function shadowRootOf(element: Element): ShadowRoot | null {
  const own = (element as { openOrClosedShadowRoot?: ShadowRoot | null }).openOrClosedShadowRoot;
  if (own !== undefined) return own;
  const chromeDom = (
    globalThis as { chrome?: { dom?: { openOrClosedShadowRoot?: (element: Element) => ShadowRoot | null } } }
  ).chrome?.dom;
  return chromeDom?.openOrClosedShadowRoot?.(element) ?? element.shadowRoot;
}
