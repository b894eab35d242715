/** One person: edit them, what they shared, the connections you made; archive or delete. */
import { useState } from 'preact/hooks';
import { messageOf } from '../../../components/errors';
import { useNow } from '../../../components/useNow';
import { askEarly, useRequest } from '../../../components/useRequest';
import { nameInMessage } from '../../../utils/people/call-name';
import { cadenceLabel, standingLabel } from '../../../utils/people/order';
import { request } from '../../../utils/protocol/request';
import type { Person } from '../../../utils/records/types';
import { Connections } from './Connections';
import { Moments } from './Moments';
import { PersonForm } from './PersonForm';

/** The page of the person with this id, read on its own: the page needs no one else. */
export function PersonPage({ id, onChanged }: { id: string; onChanged: () => void }) {
  // What they shared and the connections made are asked for with the person, not after: once, as it opens.
  useState(() => {
    askEarly('moments/list', { personId: id });
    askEarly('interactions/list', { personId: id });
  });
  const found = useRequest('people/get', { id });
  const changed = () => {
    void found.reload();
    onChanged();
  };
  if (found.state.status === 'loading') return <p class="muted">Loading…</p>;
  if (found.state.status === 'error') return <p role="alert">Could not load this person: {found.state.message}</p>;
  return <PersonDetails person={found.state.value} onChanged={changed} />;
}

function PersonDetails({ person, onChanged }: { person: Person | null; onChanged: () => void }) {
  const [confirmDelete, setConfirmDelete] = useState(false);
  const [status, setStatus] = useState('');
  const now = useNow();
  if (!person) {
    return (
      <section class="card">
        <p>That person is no longer in Tend.</p>
        <a href="#people">Back to people</a>
      </section>
    );
  }

  async function archive(archived: boolean) {
    try {
      await request('people/archive', { id: person?.id ?? '', archived });
      setStatus(archived ? 'Archived: Tend will not suggest them.' : 'Back in your list.');
      onChanged();
    } catch (error) {
      setStatus(messageOf(error));
    }
  }

  async function remove() {
    try {
      await request('people/delete', { id: person?.id ?? '' });
      onChanged();
      location.hash = '#people';
    } catch (error) {
      setStatus(messageOf(error));
    }
  }

  return (
    <div class="person-page">
      <p>
        <a href="#people">← All people</a>
      </p>
      <section aria-labelledby="person-heading" class="card">
        <h2 id="person-heading">{person.name}</h2>
        <p class="muted">
          {standingLabel(person, now)} · {cadenceLabel(person.cadenceDays)}
          {person.archived ? ' · Archived' : ''}
        </p>
        <p class="muted person-call-name">
          You call them {nameInMessage(person)}
          {person.callName.trim() === '' ? ' (their first name)' : ''}.
        </p>
        <PersonForm
          key={person.id}
          person={person}
          idPrefix="edit-person"
          submitLabel="Save changes"
          onSaved={onChanged}
        />
      </section>
      <Moments person={person} onChanged={onChanged} />
      <Connections person={person} onChanged={onChanged} />
      <section aria-labelledby="manage-heading" class="card">
        <h2 id="manage-heading">Archive or delete</h2>
        <p class="muted">
          Archiving keeps everything but stops suggestions. Deleting removes {person.name} and everything about them.
        </p>
        <div class="button-row">
          <button type="button" onClick={() => void archive(!person.archived)}>
            {person.archived ? 'Unarchive' : 'Archive'}
          </button>
          {!confirmDelete ? (
            <button type="button" class="danger" onClick={() => setConfirmDelete(true)}>
              Delete…
            </button>
          ) : (
            <fieldset class="confirm">
              <legend>Delete {person.name} and everything about them?</legend>
              <button type="button" class="danger" onClick={() => void remove()}>
                Delete {person.name}
              </button>
              <button type="button" onClick={() => setConfirmDelete(false)}>
                Keep
              </button>
            </fieldset>
          )}
        </div>
        <p role="status" class="status">
          {status}
        </p>
      </section>
    </div>
  );
}
