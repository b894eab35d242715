/** "Nudge after": an amount of passive scrolling, in minutes or seconds. */
import { describedBy, Field } from '../../../components/Field';
import { THRESHOLD_UNITS, type ThresholdDraft, type ThresholdUnit } from '../../../utils/settings/threshold';

const HINT = 'Counted per sitting on a site.';

export function ThresholdField({
  draft,
  error,
  onChange,
}: {
  draft: ThresholdDraft;
  error: string | null;
  onChange: (next: ThresholdDraft) => void;
}) {
  const { min, max } = THRESHOLD_UNITS[draft.unit];
  return (
    <Field id="threshold" label="Nudge after this much passive scrolling" hint={HINT} error={error}>
      <div class="amount-unit">
        <input
          id="threshold"
          type="number"
          min={min}
          max={max}
          value={draft.amount}
          aria-invalid={error ? 'true' : undefined}
          aria-describedby={describedBy('threshold', { hint: HINT, error })}
          onInput={(e) => onChange({ ...draft, amount: e.currentTarget.value })}
        />
        <label class="visually-hidden" for="threshold-unit">
          Unit of “Nudge after”
        </label>
        {/* The amount stays as typed when the unit changes: 10 minutes becomes 10 seconds, as it reads. */}
        <select
          id="threshold-unit"
          value={draft.unit}
          onChange={(e) => onChange({ ...draft, unit: e.currentTarget.value as ThresholdUnit })}
        >
          <option value="minutes">minutes</option>
          <option value="seconds">seconds</option>
        </select>
      </div>
    </Field>
  );
}
