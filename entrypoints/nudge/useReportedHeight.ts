import { useLayoutEffect, useRef } from 'preact/hooks';
import { tellFramer } from './framerLine';

/**
 * Tells whoever framed the card (never the page) how tall the card is, so the frame
 * fits it: the frame cannot size itself to its content. Measured again
 * whenever what is shown changes (`deps`), and on any resize.
 */
export function useReportedHeight(deps: unknown[]) {
  const root = useRef<HTMLDivElement>(null);
  useLayoutEffect(() => {
    const element = root.current;
    if (!element) return;
    const report = () => tellFramer({ kind: 'height', px: element.offsetHeight });
    report();
    const observer = new ResizeObserver(report);
    observer.observe(element);
    return () => observer.disconnect();
  }, deps);
  return root;
}
