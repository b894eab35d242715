/** The "Ways to reach them" rows of the person form: add, edit, remove and check each contact channel. */
import { messageOf } from '../../../components/errors';
import { describedBy } from '../../../components/Field';
import { CHANNEL_KINDS, CHANNEL_LABELS, normaliseChannel } from '../../../utils/nudging/channels';
import type { ChannelKind, Person } from '../../../utils/records/types';

export interface ChannelRow {
  key: number;
  kind: ChannelKind;
  value: string;
}

const PLACEHOLDERS: Record<ChannelKind, string> = {
  email: 'maya@example.org',
  sms: '+44 7700 900123',
  phone: '+44 7700 900123',
  whatsapp: '+44 7700 900123',
  telegram: '@username',
  signal: '+44 7700 900123',
  link: 'https://m.me/username',
};

let nextKey = 0;

/** Editable rows for a person's saved channels, each with its own key. */
export function channelRows(channels: Person['channels'] | undefined): ChannelRow[] {
  return channels?.map((channel) => ({ key: nextKey++, ...channel })) ?? [];
}

/** What is wrong with a row's value, or null when it is empty or valid. */
export function channelError(row: ChannelRow): string | null {
  if (row.value.trim() === '') return null;
  try {
    normaliseChannel(row.kind, row.value);
    return null;
  } catch (error) {
    return messageOf(error);
  }
}

export function ChannelFields({
  rows,
  setRows,
  id,
}: {
  rows: ChannelRow[];
  setRows: (rows: ChannelRow[]) => void;
  id: (field: string) => string;
}) {
  return (
    <fieldset class="channels">
      <legend>Ways to reach them</legend>
      {rows.length === 0 && <p class="hint">Optional: with one, a nudge can open the message for you.</p>}
      {rows.map((row, index) => {
        const error = channelError(row);
        const rowId = id(`channel-${row.key}`);
        const update = (fields: Partial<ChannelRow>) =>
          setRows(rows.map((r) => (r.key === row.key ? { ...r, ...fields } : r)));
        return (
          <div class="channel-row" key={row.key}>
            <label class="visually-hidden" for={`${rowId}-kind`}>
              Kind of channel {index + 1}
            </label>
            <select
              id={`${rowId}-kind`}
              value={row.kind}
              onChange={(event) => update({ kind: event.currentTarget.value as ChannelKind })}
            >
              {CHANNEL_KINDS.map((kind) => (
                <option key={kind} value={kind}>
                  {CHANNEL_LABELS[kind]}
                </option>
              ))}
            </select>
            <label class="visually-hidden" for={rowId}>
              {CHANNEL_LABELS[row.kind]} {index + 1}
            </label>
            <input
              id={rowId}
              value={row.value}
              placeholder={PLACEHOLDERS[row.kind]}
              aria-invalid={error ? 'true' : undefined}
              aria-describedby={describedBy(rowId, { error })}
              onInput={(event) => update({ value: event.currentTarget.value })}
            />
            <button
              type="button"
              aria-label={`Remove ${CHANNEL_LABELS[row.kind]} ${index + 1}`}
              onClick={() => setRows(rows.filter((r) => r.key !== row.key))}
            >
              Remove
            </button>
            {error && (
              <p id={`${rowId}-error`} class="field-error">
                {error}
              </p>
            )}
          </div>
        );
      })}
      <button type="button" onClick={() => setRows([...rows, { key: nextKey++, kind: 'email', value: '' }])}>
        Add a way to reach them
      </button>
    </fieldset>
  );
}
