/** "I connected with…": logs a connection the user made without a nudge. */
import { useMemo, useState } from 'preact/hooks';
import { messageOf } from '../../components/errors';
import { INTERACTION_LABELS } from '../../components/labels';
import { PersonSelect } from '../../components/PersonSelect';
import { useRequest } from '../../components/useRequest';
import { systemClock } from '../../utils/platform/clock';
import { request } from '../../utils/protocol/request';
import { INTERACTION_KINDS } from '../../utils/records/inputs';
import type { InteractionKind } from '../../utils/records/types';

export function QuickLog({ onLogged }: { onLogged: () => void }) {
  const people = useRequest('people/names', {});
  const [personId, setPersonId] = useState('');
  const [how, setHow] = useState<InteractionKind>('message');
  const [status, setStatus] = useState('');
  // The same list from render to render, so the field lists its people once.
  const active = useMemo(
    () => (people.state.status === 'ready' ? people.state.value.filter((p) => !p.archived) : []),
    [people.state],
  );
  if (active.length === 0) return null;

  async function log(event: Event) {
    event.preventDefault();
    const person = active.find((p) => p.id === personId);
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
          people={active}
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
