/**
 * On the welcome, one thing the person shared lately, with an optional date
 * to follow up: what makes Tend's first card about them personal. Optional;
 * an important date needs its date.
 */
import { describedBy, Field } from '../../../components/Field';
import { MOMENT_LABELS } from '../../../components/labels';
import { MOMENT_KINDS } from '../../../utils/records/inputs';
import type { MomentKind } from '../../../utils/records/types';

export interface SharedMoment {
  kind: MomentKind;
  text: string;
  /** A local day (YYYY-MM-DD), or '' for none. */
  followUpOn: string;
}

export const NO_SHARED_MOMENT: SharedMoment = { kind: 'challenge', text: '', followUpOn: '' };

/** What is wrong with it, for the field it concerns; null when it may be saved (or left out). */
export function sharedMomentError(moment: SharedMoment): string | null {
  if (moment.text.trim() === '') return null;
  if (moment.kind === 'date' && moment.followUpOn === '') return 'An important date needs its date.';
  return null;
}

export function SharedMomentFields({
  moment,
  onChange,
  id,
  showErrors,
  name,
}: {
  moment: SharedMoment;
  onChange: (next: SharedMoment) => void;
  id: (field: string) => string;
  showErrors: boolean;
  /** Whom it is about, as typed so far. */
  name: string;
}) {
  const dateError = showErrors ? sharedMomentError(moment) : null;
  const about = name.trim() || 'they';
  const textHint = `A challenge, a goal, a milestone, a date: in a few words. Tend will suggest how to follow up.`;
  return (
    <fieldset class="shared-moment">
      <legend>Something {about === 'they' ? 'they' : about} shared lately (optional)</legend>
      <Field id={id('shared-kind')} label="What kind of thing">
        <select
          id={id('shared-kind')}
          value={moment.kind}
          onChange={(event) => onChange({ ...moment, kind: event.currentTarget.value as MomentKind })}
        >
          {MOMENT_KINDS.map((kind) => (
            <option key={kind} value={kind}>
              {MOMENT_LABELS[kind]}
            </option>
          ))}
        </select>
      </Field>
      <Field id={id('shared-text')} label="What they shared" hint={textHint}>
        <input
          id={id('shared-text')}
          value={moment.text}
          maxLength={300}
          autocomplete="off"
          aria-describedby={describedBy(id('shared-text'), { hint: textHint })}
          onInput={(event) => onChange({ ...moment, text: event.currentTarget.value })}
        />
      </Field>
      <Field id={id('shared-follow-up')} label="Follow up on (optional)" error={dateError}>
        <input
          id={id('shared-follow-up')}
          type="date"
          value={moment.followUpOn}
          aria-invalid={dateError ? 'true' : undefined}
          aria-describedby={describedBy(id('shared-follow-up'), { error: dateError })}
          onInput={(event) => onChange({ ...moment, followUpOn: event.currentTarget.value })}
        />
      </Field>
    </fieldset>
  );
}
