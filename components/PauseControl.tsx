import { useState } from 'preact/hooks';
import { formatWeekdayTime } from '../utils/platform/format';
import { request } from '../utils/protocol/request';
import type { Settings } from '../utils/settings/settings';
import { messageOf } from './errors';
import { useNow } from './useNow';

function tomorrowMorning(now: number): number {
  const date = new Date(now);
  return new Date(date.getFullYear(), date.getMonth(), date.getDate() + 1, 6, 0).getTime();
}

/** Pause nudges for an hour or until tomorrow, or resume; shows what holds now. */
export function PauseControl({ settings, onChange }: { settings: Settings; onChange: (next: Settings) => void }) {
  const [error, setError] = useState('');
  const now = useNow();
  const paused = settings.pausedUntil !== null && settings.pausedUntil > now;

  async function set(pausedUntil: number | null) {
    try {
      onChange(await request('settings/update', { pausedUntil }));
      setError('');
    } catch (reason) {
      setError(messageOf(reason));
    }
  }

  return (
    <div class="pause-control">
      <p role="status" class="pause-status">
        {paused ? `Nudges paused until ${formatWeekdayTime(settings.pausedUntil ?? now)}.` : 'Nudges are on.'}
      </p>
      <div class="button-row">
        {paused ? (
          <button type="button" onClick={() => void set(null)}>
            Resume nudges
          </button>
        ) : (
          <>
            <button type="button" onClick={() => void set(now + 60 * 60_000)}>
              Pause for 1 hour
            </button>
            <button type="button" onClick={() => void set(tomorrowMorning(now))}>
              Pause until tomorrow
            </button>
          </>
        )}
      </div>
      {error && <p role="alert">{error}</p>}
    </div>
  );
}
