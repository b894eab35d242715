/** When and how often Tend may nudge: threshold, cooldown, daily cap, waking hours, quiet hours. */
import { useState } from 'preact/hooks';
import { messageOf } from '../../../components/errors';
import { describedBy, Field } from '../../../components/Field';
import { clockTime } from '../../../utils/platform/hour-window';
import { request } from '../../../utils/protocol/request';
import { DEFAULT_WAKING_HOURS, type Settings } from '../../../utils/settings/settings';

const fromTime = (time: string) => {
  const [hours, minutes] = time.split(':').map(Number);
  return (hours ?? 0) * 60 + (minutes ?? 0);
};

function wholeNumber(text: string, min: number, max: number): number | null {
  const value = Number(text);
  return text.trim() !== '' && Number.isInteger(value) && value >= min && value <= max ? value : null;
}

export function NudgeSettings({ settings, onChange }: { settings: Settings; onChange: (next: Settings) => void }) {
  const [threshold, setThreshold] = useState(String(Math.round(settings.thresholdSeconds / 60)));
  const [cooldown, setCooldown] = useState(String(settings.cooldownMinutes));
  const [cap, setCap] = useState(String(settings.dailyCap));
  const [quiet, setQuiet] = useState(settings.quietHours !== null);
  const [quietFrom, setQuietFrom] = useState(clockTime(settings.quietHours?.from ?? 22 * 60));
  const [quietTo, setQuietTo] = useState(clockTime(settings.quietHours?.to ?? 7 * 60));
  const [waking, setWaking] = useState(settings.wakingHours !== null);
  const [wakingFrom, setWakingFrom] = useState(clockTime((settings.wakingHours ?? DEFAULT_WAKING_HOURS).from));
  const [wakingTo, setWakingTo] = useState(clockTime((settings.wakingHours ?? DEFAULT_WAKING_HOURS).to));
  const [status, setStatus] = useState('');

  const thresholdValue = wholeNumber(threshold, 1, 240);
  const cooldownValue = wholeNumber(cooldown, 0, 1440);
  const capValue = wholeNumber(cap, 0, 50);
  const errors = {
    threshold: thresholdValue === null ? 'Choose 1 to 240 minutes.' : null,
    cooldown: cooldownValue === null ? 'Choose 0 to 1440 minutes.' : null,
    cap: capValue === null ? 'Choose 0 to 50 nudges.' : null,
    quiet: quiet && quietFrom === quietTo ? 'Quiet hours need to start and end at different times.' : null,
    waking: waking && wakingFrom === wakingTo ? 'Waking hours need to start and end at different times.' : null,
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
          thresholdSeconds: thresholdValue * 60,
          cooldownMinutes: cooldownValue,
          dailyCap: capValue,
          quietHours: quiet ? { from: fromTime(quietFrom), to: fromTime(quietTo) } : null,
          wakingHours: waking ? { from: fromTime(wakingFrom), to: fromTime(wakingTo) } : null,
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
          <Field
            id="threshold"
            label="Nudge after (minutes of passive scrolling)"
            hint="Counted per sitting on a site."
            error={errors.threshold}
          >
            <input
              id="threshold"
              type="number"
              min={1}
              max={240}
              value={threshold}
              aria-invalid={errors.threshold ? 'true' : undefined}
              aria-describedby={describedBy('threshold', { hint: 'x', error: errors.threshold })}
              onInput={(e) => setThreshold(e.currentTarget.value)}
            />
          </Field>
          <Field id="cooldown" label="At least this many minutes between nudges" error={errors.cooldown}>
            <input
              id="cooldown"
              type="number"
              min={0}
              max={1440}
              value={cooldown}
              aria-invalid={errors.cooldown ? 'true' : undefined}
              aria-describedby={describedBy('cooldown', { error: errors.cooldown })}
              onInput={(e) => setCooldown(e.currentTarget.value)}
            />
          </Field>
          <Field id="daily-cap" label="At most this many nudges a day" error={errors.cap}>
            <input
              id="daily-cap"
              type="number"
              min={0}
              max={50}
              value={cap}
              aria-invalid={errors.cap ? 'true' : undefined}
              aria-describedby={describedBy('daily-cap', { error: errors.cap })}
              onInput={(e) => setCap(e.currentTarget.value)}
            />
          </Field>
        </div>
        <fieldset class="quiet-hours">
          <legend>Waking hours</legend>
          <p class="muted" id="waking-hint">
            Tend suggests reaching out only at these times, so no idea would wake someone up. Calls and invitations keep
            to the middle of the day: an hour after it starts until an hour before it ends.
          </p>
          <label class="check">
            <input
              type="checkbox"
              checked={waking}
              aria-describedby="waking-hint"
              onChange={(e) => setWaking(e.currentTarget.checked)}
            />
            Only suggest reaching out during waking hours
          </label>
          {waking && (
            <div class="form-grid">
              <Field id="waking-from" label="Day starts at" error={errors.waking}>
                <input
                  id="waking-from"
                  type="time"
                  value={wakingFrom}
                  aria-describedby={describedBy('waking-from', { error: errors.waking })}
                  onInput={(e) => setWakingFrom(e.currentTarget.value)}
                />
              </Field>
              <Field id="waking-to" label="Day ends at">
                <input
                  id="waking-to"
                  type="time"
                  value={wakingTo}
                  onInput={(e) => setWakingTo(e.currentTarget.value)}
                />
              </Field>
            </div>
          )}
        </fieldset>
        <fieldset class="quiet-hours">
          <legend>Quiet hours</legend>
          <label class="check">
            <input type="checkbox" checked={quiet} onChange={(e) => setQuiet(e.currentTarget.checked)} />
            No nudges at these times
          </label>
          {quiet && (
            <div class="form-grid">
              <Field id="quiet-from" label="Quiet from" error={errors.quiet}>
                <input
                  id="quiet-from"
                  type="time"
                  value={quietFrom}
                  aria-describedby={describedBy('quiet-from', { error: errors.quiet })}
                  onInput={(e) => setQuietFrom(e.currentTarget.value)}
                />
              </Field>
              <Field id="quiet-to" label="Quiet until">
                <input id="quiet-to" type="time" value={quietTo} onInput={(e) => setQuietTo(e.currentTarget.value)} />
              </Field>
            </div>
          )}
        </fieldset>
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
