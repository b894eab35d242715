import { useEffect, useState } from 'preact/hooks';

/**
 * Says `words` to assistive technology, politely and without moving focus: a visually hidden live region
 * that is on the page before its words arrive, as screen readers announce a change to a region they
 * already know, not a region that appears with its text.
 */
export function Announcement({ words }: { words: string }) {
  const [said, setSaid] = useState('');
  useEffect(() => {
    const timer = setTimeout(() => setSaid(words), ANNOUNCE_AFTER_MS);
    return () => clearTimeout(timer);
  }, [words]);
  return (
    <p class="visually-hidden" role="status" aria-live="polite">
      {said}
    </p>
  );
}

/** Long enough for a screen reader to have noticed the empty region first. */
const ANNOUNCE_AFTER_MS = 250;
