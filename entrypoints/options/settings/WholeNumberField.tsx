/** A whole number between two bounds, typed as text so a half-typed value can be shown with its error. */
import { describedBy, Field } from '../../../components/Field';

export function wholeNumber(text: string, min: number, max: number): number | null {
  const value = Number(text);
  return text.trim() !== '' && Number.isInteger(value) && value >= min && value <= max ? value : null;
}

export function WholeNumberField(props: {
  id: string;
  label: string;
  hint?: string;
  min: number;
  max: number;
  value: string;
  error: string | null;
  onInput: (text: string) => void;
}) {
  const { id, min, max, error } = props;
  return (
    <Field id={id} label={props.label} hint={props.hint} error={error}>
      <input
        id={id}
        type="number"
        min={min}
        max={max}
        value={props.value}
        aria-invalid={error ? 'true' : undefined}
        aria-describedby={describedBy(id, { hint: props.hint, error })}
        onInput={(e) => props.onInput(e.currentTarget.value)}
      />
    </Field>
  );
}
