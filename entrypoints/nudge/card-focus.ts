/**
 * When the keyboard shortcut moves focus into the card's frame (entrypoints/feed/card.ts), focus lands on
 * the card itself, which a screen reader names by its title; Tab goes on to its buttons from there.
 */
export function landFocusOnCard(): void {
  window.addEventListener('focus', () => {
    if (document.activeElement === null || document.activeElement === document.body) {
      document.getElementById('nudge-card')?.focus();
    }
  });
}
