import { useCallback, useEffect, useState } from 'preact/hooks';
import { browser } from '../utils/platform/browser';
import { formatWeekdayTime } from '../utils/platform/format';
import type { MessageData } from '../utils/protocol/messages';
import { request } from '../utils/protocol/request';
import type { Holds } from '../utils/protocol/results';
import type { Settings } from '../utils/settings/settings';
import { messageOf } from './errors';
import { useNow } from './useNow';

function tomorrowMorning(now: number): number {
  const date = new Date(now);
  return new Date(date.getFullYear(), date.getMonth(), date.getDate() + 1, 6, 0).getTime();
}

/**
 * What holds nudges back now, each with the button that lifts it: a pause everywhere, a snooze from a
 * card, and "Pause here today" on a site; and, when nothing does, pause for an hour or until tomorrow.
 * It follows changes made anywhere (a card's snooze, the popup, Settings): the background keeps settings
 * in storage.local and records a snooze with the nudge, so either changing is the signal to look again.
 */
export function PauseControl({ onChange }: { onChange?: (next: Settings) => void }) {
  const [holds, setHolds] = useState<Holds | null>(null);
  const [error, setError] = useState('');
  const now = useNow();

  const load = useCallback(async () => {
    try {
      setHolds(await request('holds/get', {}));
      setError('');
    } catch (reason) {
      setError(messageOf(reason));
    }
  }, []);

  useEffect(() => {
    void load();
    // A snooze is kept with its nudge, not in storage: a page that stays open looks again when it is back in view.
    const onChanged = () => void load();
    browser.storage.onChanged.addListener(onChanged);
    window.addEventListener('focus', onChanged);
    return () => {
      browser.storage.onChanged.removeListener(onChanged);
      window.removeEventListener('focus', onChanged);
    };
  }, [load]);

  async function pause(pausedUntil: number) {
    try {
      onChange?.(await request('settings/update', { pausedUntil }));
      await load();
    } catch (reason) {
      setError(messageOf(reason));
    }
  }

  async function lift(hold: MessageData<'holds/lift'>) {
    try {
      setHolds(await request('holds/lift', hold));
      if (hold.hold === 'pause' || hold.hold === 'site') onChange?.(await request('settings/get', {}));
      setError('');
    } catch (reason) {
      setError(messageOf(reason));
    }
  }

  const paused = holds?.pausedUntil != null && holds.pausedUntil > now ? holds.pausedUntil : null;
  const snoozed = holds?.snoozedUntil != null && holds.snoozedUntil > now ? holds.snoozedUntil : null;
  const sites = holds?.pausedSites ?? [];
  const holding = paused !== null || snoozed !== null || sites.length > 0;

  return (
    <div class="pause-control">
      <div role="status" class="pause-status">
        {holds && !holding && <p>Nudges are on.</p>}
        {paused !== null && <p>Nudges paused until {formatWeekdayTime(paused)}.</p>}
        {snoozed !== null && <p>Snoozed until {formatWeekdayTime(snoozed)}: no nudges anywhere until then.</p>}
        {sites.map(({ site, siteName }) => (
          <p key={site}>No nudges on {siteName} today.</p>
        ))}
      </div>
      <div class="button-row">
        {paused !== null && (
          <button type="button" onClick={() => void lift({ hold: 'pause' })}>
            Resume nudges
          </button>
        )}
        {snoozed !== null && (
          <button type="button" onClick={() => void lift({ hold: 'snooze' })}>
            End the snooze
          </button>
        )}
        {sites.map(({ site, siteName }) => (
          <button key={site} type="button" onClick={() => void lift({ hold: 'site', site })}>
            Resume on {siteName}
          </button>
        ))}
        {holds && paused === null && (
          <>
            <button type="button" onClick={() => void pause(now + 60 * 60_000)}>
              Pause for 1 hour
            </button>
            <button type="button" onClick={() => void pause(tomorrowMorning(now))}>
              Pause until tomorrow
            </button>
          </>
        )}
      </div>
      {error && <p role="alert">{error}</p>}
    </div>
  );
}
