/**
 * Add or edit a person: name, what you call them, ways to reach them, how
 * often to keep in touch, notes, and on the welcome one thing they shared
 * lately. Each field is checked where it is typed, with a message that says
 * what to fix; nothing is saved until all of it is right.
 */
import { useState } from 'preact/hooks';
import { messageOf } from '../../../components/errors';
import { describedBy, Field } from '../../../components/Field';
import { useNow } from '../../../components/useNow';
import { firstName, MAX_CALL_NAME } from '../../../utils/people/call-name';
import { dayKey } from '../../../utils/platform/day';
import { request } from '../../../utils/protocol/request';
import type { Person } from '../../../utils/records/types';
import { ChannelFields, type ChannelRow, channelError, channelRows } from './ChannelFields';
import { NO_SHARED_MOMENT, type SharedMoment, SharedMomentFields, sharedMomentError } from './SharedMomentFields';

const CADENCES: { label: string; days: number | null }[] = [
  { label: 'No set rhythm', days: null },
  { label: 'Every week', days: 7 },
  { label: 'Every two weeks', days: 14 },
  { label: 'Every month', days: 30 },
  { label: 'Every three months', days: 90 },
];

export function PersonForm({
  person,
  submitLabel,
  onSaved,
  onCancel,
  idPrefix = 'person',
  askShared = false,
}: {
  person?: Person;
  submitLabel: string;
  onSaved: (person: Person) => void;
  onCancel?: () => void;
  idPrefix?: string;
  /** Also ask for one thing they shared lately (the welcome does), saved with them. */
  askShared?: boolean;
}) {
  const [name, setName] = useState(person?.name ?? '');
  const [callName, setCallName] = useState(person?.callName ?? '');
  const [rows, setRows] = useState<ChannelRow[]>(channelRows(person?.channels));
  const presetCadence = CADENCES.some((c) => c.days === (person?.cadenceDays ?? null));
  const [cadenceChoice, setCadenceChoice] = useState(presetCadence ? String(person?.cadenceDays ?? '') : 'custom');
  const [customDays, setCustomDays] = useState(String(person?.cadenceDays ?? 21));
  const [notes, setNotes] = useState(person?.notes ?? '');
  const [shared, setShared] = useState<SharedMoment>(NO_SHARED_MOMENT);
  const today = dayKey(useNow());
  const [touched, setTouched] = useState(false);
  const [status, setStatus] = useState('');
  const [saving, setSaving] = useState(false);

  const nameError = touched && name.trim() === '' ? 'Give them a name.' : null;
  const typedFirstName = firstName(name);
  // Follows the name as it is typed, so the default it names is the one a draft would use.
  const callNameHint = typedFirstName
    ? `Messages Tend drafts greet them by this. Leave it empty for ${typedFirstName}.`
    : 'Messages Tend drafts greet them by this. Leave it empty for their first name.';
  const customNumber = Number(customDays);
  const cadenceError =
    cadenceChoice === 'custom' && !(Number.isInteger(customNumber) && customNumber >= 1 && customNumber <= 365)
      ? 'Choose a number of days from 1 to 365.'
      : null;
  const cadenceDays = cadenceChoice === 'custom' ? customNumber : cadenceChoice === '' ? null : Number(cadenceChoice);
  const id = (field: string) => `${idPrefix}-${field}`;

  async function save(event: Event) {
    event.preventDefault();
    setTouched(true);
    const channelErrors = rows.map(channelError);
    if (name.trim() === '' || cadenceError || channelErrors.some(Boolean) || sharedMomentError(shared)) {
      setStatus('Please fix the fields marked below.');
      return;
    }
    setSaving(true);
    try {
      const saved = await request('people/save', {
        ...(person ? { id: person.id } : {}),
        name: name.trim(),
        callName: callName.trim(),
        channels: rows.filter((row) => row.value.trim() !== '').map(({ kind, value }) => ({ kind, value })),
        cadenceDays,
        notes,
      });
      let savedStatus = `Saved ${saved.name}.`;
      if (askShared && shared.text.trim() !== '') {
        try {
          await request('moments/save', {
            personId: saved.id,
            kind: shared.kind,
            text: shared.text.trim(),
            sharedOn: today,
            followUpOn: shared.followUpOn === '' ? null : shared.followUpOn,
          });
        } catch (error) {
          // They are saved: say so, and what to do about the rest, rather than have them added twice.
          savedStatus = `Saved ${saved.name}, but not what they shared (${messageOf(error)}). Add it on their page.`;
        }
      }
      setStatus(savedStatus);
      onSaved(saved);
      if (!person) {
        setName('');
        setCallName('');
        setRows([]);
        // The next person starts from no rhythm, not the last one's.
        setCadenceChoice('');
        setCustomDays('21');
        setNotes('');
        setShared(NO_SHARED_MOMENT);
        setTouched(false);
      }
    } catch (error) {
      setStatus(`Could not save: ${messageOf(error)}`);
    } finally {
      setSaving(false);
    }
  }

  return (
    <form class="person-form" onSubmit={save} noValidate>
      <Field id={id('name')} label="Name" error={nameError}>
        <input
          id={id('name')}
          value={name}
          maxLength={100}
          autocomplete="off"
          aria-invalid={nameError ? 'true' : undefined}
          aria-describedby={describedBy(id('name'), { error: nameError })}
          onInput={(event) => setName(event.currentTarget.value)}
          onBlur={() => setTouched(true)}
        />
      </Field>

      <Field id={id('call-name')} label="What you call them" hint={callNameHint}>
        <input
          id={id('call-name')}
          value={callName}
          maxLength={MAX_CALL_NAME}
          autocomplete="off"
          placeholder={typedFirstName || undefined}
          aria-describedby={describedBy(id('call-name'), { hint: callNameHint })}
          onInput={(event) => setCallName(event.currentTarget.value)}
        />
      </Field>

      <ChannelFields rows={rows} setRows={setRows} id={id} />

      <Field id={id('cadence')} label="Keep in touch" error={cadenceError}>
        <div class="cadence">
          <select
            id={id('cadence')}
            value={cadenceChoice}
            onChange={(event) => setCadenceChoice(event.currentTarget.value)}
          >
            {CADENCES.map((c) => (
              <option key={c.label} value={c.days === null ? '' : String(c.days)}>
                {c.label}
              </option>
            ))}
            <option value="custom">Every … days</option>
          </select>
          {cadenceChoice === 'custom' && (
            <>
              <label class="visually-hidden" for={id('cadence-days')}>
                Days between connections
              </label>
              <input
                id={id('cadence-days')}
                type="number"
                min={1}
                max={365}
                value={customDays}
                aria-invalid={cadenceError ? 'true' : undefined}
                aria-describedby={describedBy(id('cadence'), { error: cadenceError })}
                onInput={(event) => setCustomDays(event.currentTarget.value)}
              />
              <span>days</span>
            </>
          )}
        </div>
      </Field>

      <Field id={id('notes')} label="Notes" hint="Anything that helps you show up for them. Only you see it.">
        <textarea
          id={id('notes')}
          rows={3}
          maxLength={5000}
          value={notes}
          aria-describedby={describedBy(id('notes'), { hint: 'x' })}
          onInput={(event) => setNotes(event.currentTarget.value)}
        />
      </Field>

      {askShared && (
        <SharedMomentFields moment={shared} onChange={setShared} id={id} showErrors={touched} name={name} />
      )}

      <div class="button-row">
        <button type="submit" class="primary" disabled={saving}>
          {submitLabel}
        </button>
        {onCancel && (
          <button type="button" onClick={onCancel}>
            Cancel
          </button>
        )}
      </div>
      <p role="status" class="status">
        {status}
      </p>
    </form>
  );
}
