/**
 * When the keyboard shortcut moves focus into the card's frame (entrypoints/feed/card.ts), focus lands on
 * the card itself, which a screen reader names by its title; Tab goes on to its buttons from there. A
 * pointer pressing into the card is left alone: it focuses what it pressed, and moving focus (or scrolling
 * the card into view) under it would turn its click into a click on nothing.
 */
export function landFocusOnCard(): void {
  let pointing = false;
  window.addEventListener('pointerdown', () => (pointing = true), { capture: true });
  window.addEventListener('pointerup', () => (pointing = false), { capture: true });
  window.addEventListener('focus', () => {
    if (pointing) return;
    if (document.activeElement === null || document.activeElement === document.body) {
      document.getElementById('nudge-card')?.focus({ preventScroll: true });
    }
  });
}
