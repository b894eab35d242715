/** Connections made with a person: log one by hand, see the last ones. */
import { useState } from 'preact/hooks';
import { messageOf } from '../../../components/errors';
import { Field } from '../../../components/Field';
import { INTERACTION_LABELS } from '../../../components/labels';
import { useNow } from '../../../components/useNow';
import { useRequest } from '../../../components/useRequest';
import { request } from '../../../utils/protocol/request';
import { INTERACTION_KINDS } from '../../../utils/records/inputs';
import type { InteractionKind, Person } from '../../../utils/records/types';

/** `datetime-local` wants local time without a zone. */
function localInputValue(ms: number): string {
  const date = new Date(ms - new Date(ms).getTimezoneOffset() * 60_000);
  return date.toISOString().slice(0, 16);
}

export function Connections({ person, onChanged }: { person: Person; onChanged: () => void }) {
  const connections = useRequest('interactions/list', { personId: person.id });
  const now = useNow();
  const [when, setWhen] = useState(() => localInputValue(now));
  const [how, setHow] = useState<InteractionKind>('message');
  const [note, setNote] = useState('');
  const [status, setStatus] = useState('');

  async function log(event: Event) {
    event.preventDefault();
    const at = new Date(when).getTime();
    if (!Number.isFinite(at)) {
      setStatus('Choose when you connected.');
      return;
    }
    try {
      await request('interactions/log', { personId: person.id, at, how, note: note.trim() });
      setNote('');
      setStatus(`Logged. ${person.name}'s last contact is updated.`);
      await connections.reload();
      onChanged();
    } catch (error) {
      setStatus(messageOf(error));
    }
  }

  const list = connections.state.status === 'ready' ? connections.state.value.slice(0, 10) : [];
  return (
    <section aria-labelledby="connections-heading" class="card">
      <h2 id="connections-heading">Connections with {person.name}</h2>
      <form onSubmit={log} noValidate>
        <div class="form-grid">
          <Field id="connection-when" label="When">
            <input
              id="connection-when"
              type="datetime-local"
              value={when}
              max={localInputValue(now)}
              onInput={(e) => setWhen(e.currentTarget.value)}
            />
          </Field>
          <Field id="connection-how" label="How">
            <select id="connection-how" value={how} onChange={(e) => setHow(e.currentTarget.value as InteractionKind)}>
              {INTERACTION_KINDS.map((kind) => (
                <option key={kind} value={kind}>
                  {INTERACTION_LABELS[kind]}
                </option>
              ))}
            </select>
          </Field>
          <Field id="connection-note" label="Note (optional)">
            <input id="connection-note" value={note} maxLength={1000} onInput={(e) => setNote(e.currentTarget.value)} />
          </Field>
        </div>
        <button type="submit">Log a connection</button>
        <p role="status" class="status">
          {status}
        </p>
      </form>
      {list.length > 0 && (
        <ul class="connections">
          {list.map((c) => (
            <li key={c.id}>
              {new Date(c.at).toLocaleDateString(undefined, { day: 'numeric', month: 'short', year: 'numeric' })} ·{' '}
              {INTERACTION_LABELS[c.how]}
              {c.note ? ` · ${c.note}` : ''}
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
