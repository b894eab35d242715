/** When and how often Tend may nudge: threshold, cooldown, daily cap, waking hours, quiet hours. */
import { useState } from 'preact/hooks';
import { messageOf } from '../../../components/errors';
import { request } from '../../../utils/protocol/request';
import { DEFAULT_WAKING_HOURS, type Settings } from '../../../utils/settings/settings';
import { thresholdDraft, thresholdError, thresholdSeconds } from '../../../utils/settings/threshold';
import { draftOf, HourWindowFieldset, windowOf } from './HourWindowFieldset';
import { ThresholdField } from './ThresholdField';
import { WholeNumberField, wholeNumber } from './WholeNumberField';

/** What the quiet-hours fields offer before the user has set any: the night. */
const SUGGESTED_QUIET_HOURS = { from: 22 * 60, to: 7 * 60 };

export function NudgeSettings({ settings, onChange }: { settings: Settings; onChange: (next: Settings) => void }) {
  // In seconds when it is not whole minutes, as the demo's 20 seconds: shown as set, and saved as shown.
  const [threshold, setThreshold] = useState(thresholdDraft(settings.thresholdSeconds));
  const [cooldown, setCooldown] = useState(String(settings.cooldownMinutes));
  const [cap, setCap] = useState(String(settings.dailyCap));
  const [waking, setWaking] = useState(draftOf(settings.wakingHours, DEFAULT_WAKING_HOURS));
  const [quiet, setQuiet] = useState(draftOf(settings.quietHours, SUGGESTED_QUIET_HOURS));
  const [status, setStatus] = useState('');

  const thresholdValue = thresholdSeconds(threshold);
  const cooldownValue = wholeNumber(cooldown, 0, 1440);
  const capValue = wholeNumber(cap, 0, 50);
  const errors = {
    threshold: thresholdError(threshold),
    cooldown: cooldownValue === null ? 'Choose 0 to 1440 minutes.' : null,
    cap: capValue === null ? 'Choose 0 to 50 nudges.' : null,
    waking: waking.on && waking.from === waking.to ? 'Waking hours need to start and end at different times.' : null,
    quiet: quiet.on && quiet.from === quiet.to ? 'Quiet hours need to start and end at different times.' : null,
  };

  async function save(event: Event) {
    event.preventDefault();
    if (Object.values(errors).some(Boolean) || thresholdValue === null || cooldownValue === null || capValue === null) {
      setStatus('Please fix the fields marked below.');
      return;
    }
    try {
      onChange(
        await request('settings/update', {
          thresholdSeconds: thresholdValue,
          cooldownMinutes: cooldownValue,
          dailyCap: capValue,
          quietHours: windowOf(quiet),
          wakingHours: windowOf(waking),
        }),
      );
      setStatus('Saved.');
    } catch (error) {
      setStatus(`Could not save: ${messageOf(error)}`);
    }
  }

  return (
    <section aria-labelledby="nudge-settings-heading" class="card">
      <h2 id="nudge-settings-heading">Nudges</h2>
      <form onSubmit={save} noValidate>
        <div class="form-grid">
          <ThresholdField draft={threshold} error={errors.threshold} onChange={setThreshold} />
          <WholeNumberField
            id="cooldown"
            label="At least this many minutes between nudges"
            min={0}
            max={1440}
            value={cooldown}
            error={errors.cooldown}
            onInput={setCooldown}
          />
          <WholeNumberField
            id="daily-cap"
            label="At most this many nudges a day"
            min={0}
            max={50}
            value={cap}
            error={errors.cap}
            onInput={setCap}
          />
        </div>
        <HourWindowFieldset
          id="waking"
          legend="Waking hours"
          toggle="Only suggest reaching out during waking hours"
          labels={{ from: 'Day starts at', to: 'Day ends at' }}
          draft={waking}
          error={errors.waking}
          onChange={setWaking}
        >
          Tend suggests reaching out only at these times, so no idea would wake someone up. Calls and invitations keep
          to the middle of the day: an hour after it starts until an hour before it ends.
        </HourWindowFieldset>
        <HourWindowFieldset
          id="quiet"
          legend="Quiet hours"
          toggle="No nudges at these times"
          labels={{ from: 'Quiet from', to: 'Quiet until' }}
          draft={quiet}
          error={errors.quiet}
          onChange={setQuiet}
        />
        <button type="submit" class="primary">
          Save nudge settings
        </button>
        <p role="status" class="status">
          {status}
        </p>
      </form>
    </section>
  );
}
