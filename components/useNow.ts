import { useEffect, useState } from 'preact/hooks';
import { systemClock } from '../utils/platform/clock';

/**
 * The time for a page to show things relative to ("3 days ago", "paused
 * until 14:00"), renewed every minute so an open page stays true. Pages read
 * the clock only here; event handlers that stamp a record use `systemClock`.
 */
export function useNow(everyMs = 60_000): number {
  const [now, setNow] = useState(() => systemClock.now());
  useEffect(() => {
    const timer = setInterval(() => setNow(systemClock.now()), everyMs);
    return () => clearInterval(timer);
  }, [everyMs]);
  return now;
}
