/** "I connected with…": logs a connection the user made without a nudge. */
import { useState } from 'preact/hooks';
import { messageOf } from '../../components/errors';
import { INTERACTION_LABELS } from '../../components/labels';
import { PersonSelect } from '../../components/PersonSelect';
import { usePersonNames } from '../../components/usePersonNames';
import { systemClock } from '../../utils/platform/clock';
import { request } from '../../utils/protocol/request';
import { INTERACTION_KINDS } from '../../utils/records/inputs';
import type { InteractionKind } from '../../utils/records/types';

export function QuickLog({ onLogged }: { onLogged: () => void }) {
  const people = usePersonNames({ active: true });
  const [personId, setPersonId] = useState('');
  const [how, setHow] = useState<InteractionKind>('message');
  const [status, setStatus] = useState('');
  if (people.state.status !== 'ready' || people.state.value.length === 0) return null;
  const named = people.state.value;

  async function log(event: Event) {
    event.preventDefault();
    const person = named.find((p) => p.id === personId);
    if (!person) {
      setStatus('Choose who you connected with.');
      return;
    }
    try {
      await request('interactions/log', { personId: person.id, at: systemClock.now(), how, note: '' });
      setStatus(`Logged a connection with ${person.name}.`);
      onLogged();
    } catch (error) {
      setStatus(messageOf(error));
    }
  }

  return (
    <form class="quick-log" onSubmit={log} aria-labelledby="quick-log-heading">
      <h2 id="quick-log-heading">I connected with…</h2>
      <div class="quick-log-fields">
        <label class="visually-hidden" for="quick-person">
          Who
        </label>
        <PersonSelect
          id="quick-person"
          value={personId}
          onChange={setPersonId}
          people={people}
          noneLabel="Choose someone"
        />
        <label class="visually-hidden" for="quick-how">
          How
        </label>
        <select id="quick-how" value={how} onChange={(e) => setHow(e.currentTarget.value as InteractionKind)}>
          {INTERACTION_KINDS.map((kind) => (
            <option key={kind} value={kind}>
              {INTERACTION_LABELS[kind]}
            </option>
          ))}
        </select>
        <button type="submit">Log</button>
      </div>
      <p role="status" class="status">
        {status}
      </p>
    </form>
  );
}
