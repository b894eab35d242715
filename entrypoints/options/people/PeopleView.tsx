/** The people you care about: most overdue first, searchable by name, with a way to add more. */
import { useMemo, useState } from 'preact/hooks';
import { useNow } from '../../../components/useNow';
import { byMostOverdue, byName, cadenceLabel, matchesName, standingLabel } from '../../../utils/people/order';
import type { Person } from '../../../utils/records/types';
import { PersonForm } from './PersonForm';
import { Welcome } from './Welcome';

export function PeopleView({ people, onChanged }: { people: Person[]; onChanged: () => void }) {
  const [query, setQuery] = useState('');
  const [order, setOrder] = useState<'overdue' | 'name'>('overdue');
  const [showArchived, setShowArchived] = useState(false);
  const [adding, setAdding] = useState(false);
  const now = useNow();

  const shown = useMemo(() => {
    const filtered = people.filter((p) => (showArchived || !p.archived) && matchesName(p, query));
    return filtered.sort(order === 'overdue' ? byMostOverdue(now) : byName);
  }, [people, query, order, showArchived, now]);

  if (people.length === 0) return <Welcome onAdded={onChanged} />;

  const active = people.filter((p) => !p.archived).length;
  return (
    <section aria-labelledby="people-heading" class="card">
      <div class="section-head">
        <h2 id="people-heading">People</h2>
        <button type="button" class="primary" aria-expanded={adding} onClick={() => setAdding(!adding)}>
          Add a person
        </button>
      </div>
      {adding && (
        <div class="inset">
          <h3>Add a person</h3>
          <PersonForm
            idPrefix="new-person"
            submitLabel="Add"
            onSaved={() => {
              setAdding(false);
              onChanged();
            }}
            onCancel={() => setAdding(false)}
          />
        </div>
      )}
      <div class="list-tools">
        <div class="field">
          <label for="people-search">Search people</label>
          <input
            id="people-search"
            type="search"
            value={query}
            placeholder="Name"
            onInput={(event) => setQuery(event.currentTarget.value)}
          />
        </div>
        <div class="field">
          <label for="people-order">Order</label>
          <select
            id="people-order"
            value={order}
            onChange={(event) => setOrder(event.currentTarget.value as 'overdue' | 'name')}
          >
            <option value="overdue">Most overdue first</option>
            <option value="name">By name</option>
          </select>
        </div>
        <label class="check">
          <input
            type="checkbox"
            checked={showArchived}
            onChange={(event) => setShowArchived(event.currentTarget.checked)}
          />
          Show archived
        </label>
      </div>
      <p class="muted" role="status">
        {query
          ? `${shown.length} of ${active} ${active === 1 ? 'person' : 'people'} match`
          : `${active} ${active === 1 ? 'person' : 'people'}`}
      </p>
      <ul class="people-list">
        {shown.map((person) => (
          <li key={person.id} data-person-id={person.id}>
            <a href={`#people/${encodeURIComponent(person.id)}`} class="person-link">
              <span class="person-name">{person.name}</span>
              {person.archived && <span class="badge">Archived</span>}
              <span class="person-standing">{standingLabel(person, now)}</span>
              <span class="person-cadence">{cadenceLabel(person.cadenceDays)}</span>
            </a>
          </li>
        ))}
      </ul>
    </section>
  );
}
