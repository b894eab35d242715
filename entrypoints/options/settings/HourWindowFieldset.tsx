/** A daily window of time that can be turned on or off: waking hours, quiet hours. */
import type { ComponentChildren } from 'preact';
import { describedBy, Field } from '../../../components/Field';
import { clockTime, type HourWindow } from '../../../utils/platform/hour-window';

/** What the user has typed: whether the window is on, and its ends as "HH:MM". */
export interface HourWindowDraft {
  on: boolean;
  from: string;
  to: string;
}

export function draftOf(window: HourWindow | null, otherwise: HourWindow): HourWindowDraft {
  return { on: window !== null, from: clockTime((window ?? otherwise).from), to: clockTime((window ?? otherwise).to) };
}

function minutesOf(time: string): number {
  const [hours, minutes] = time.split(':').map(Number);
  return (hours ?? 0) * 60 + (minutes ?? 0);
}

export function windowOf(draft: HourWindowDraft): HourWindow | null {
  return draft.on ? { from: minutesOf(draft.from), to: minutesOf(draft.to) } : null;
}

export function HourWindowFieldset(props: {
  id: string;
  legend: string;
  toggle: string;
  labels: { from: string; to: string };
  draft: HourWindowDraft;
  error: string | null;
  onChange: (next: HourWindowDraft) => void;
  children?: ComponentChildren;
}) {
  const { id, draft, error, onChange } = props;
  const hintId = props.children ? `${id}-hint` : undefined;
  return (
    <fieldset class="quiet-hours">
      <legend>{props.legend}</legend>
      {props.children && (
        <p class="muted" id={hintId}>
          {props.children}
        </p>
      )}
      <label class="check">
        <input
          type="checkbox"
          checked={draft.on}
          aria-describedby={hintId}
          onChange={(e) => onChange({ ...draft, on: e.currentTarget.checked })}
        />
        {props.toggle}
      </label>
      {draft.on && (
        <div class="form-grid">
          <Field id={`${id}-from`} label={props.labels.from} error={error}>
            <input
              id={`${id}-from`}
              type="time"
              value={draft.from}
              aria-describedby={describedBy(`${id}-from`, { error })}
              onInput={(e) => onChange({ ...draft, from: e.currentTarget.value })}
            />
          </Field>
          <Field id={`${id}-to`} label={props.labels.to}>
            <input
              id={`${id}-to`}
              type="time"
              value={draft.to}
              onInput={(e) => onChange({ ...draft, to: e.currentTarget.value })}
            />
          </Field>
        </div>
      )}
    </fieldset>
  );
}
