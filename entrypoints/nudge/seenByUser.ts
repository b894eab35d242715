let inPlainSight = false;
/** Whether the person's latest input in the card was a key, not a pointer. */
let byKeyboard = false;

/**
 * Watches whether the person can really see the card. A page may show it
 * under a see-through decoy of its own, so a click on "I did it" might be
 * meant for something else. In Chrome, IntersectionObserver v2
 * (`trackVisibility`) tells whether the card is on screen unobscured,
 * unfaded and untransformed; where it is missing (Firefox), only whether it
 * is mostly on screen. (Chrome reports a change at most
 * every 100 ms, so a decoy slid in at the very moment of a click may go
 * unseen; one that stays is caught.)
 */
export function watchSeenByUser(card: Element): void {
  // Keys reach the card only when the person moved focus into it: no decoy can take those.
  window.addEventListener('keydown', () => (byKeyboard = true), { capture: true });
  window.addEventListener('pointerdown', () => (byKeyboard = false), { capture: true });
  const tracksVisibility = 'isVisible' in IntersectionObserverEntry.prototype;
  const options = { threshold: [0, 0.5, 1], ...(tracksVisibility ? { trackVisibility: true, delay: 100 } : {}) };
  new IntersectionObserver((entries) => {
    for (const entry of entries) {
      const visible = (entry as { isVisible?: boolean }).isVisible;
      // Half of it at least: the options page's preview may be scrolled partly out of view.
      const inSight = entry.intersectionRatio >= 0.5 && (!tracksVisibility || visible === true);
      inPlainSight = inSight;
    }
  }, options).observe(card);
}

/** Whether the card is in plain sight, as the browser last said, or the person is using it by keyboard. */
export function seenByUser(): boolean {
  return inPlainSight || byKeyboard;
}
