import { useLayoutEffect, useRef } from 'preact/hooks';

/**
 * Tells the page hosting the card's frame how tall the card is, so the frame
 * fits it: the frame cannot size itself to its content. Measured again
 * whenever what is shown changes (`deps`), and on any resize.
 */
export function useReportedHeight(deps: unknown[]) {
  const root = useRef<HTMLDivElement>(null);
  useLayoutEffect(() => {
    const element = root.current;
    if (!element) return;
    const report = () => window.parent.postMessage({ tendCardHeight: element.offsetHeight }, '*');
    report();
    const observer = new ResizeObserver(report);
    observer.observe(element);
    return () => observer.disconnect();
  }, deps);
  return root;
}
