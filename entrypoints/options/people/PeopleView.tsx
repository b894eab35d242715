/**
 * The people you care about: most overdue first, searchable by name, with a
 * way to add more. The first rows come from the background in the order
 * asked for, read through an index, so the list is on screen as soon with a
 * thousand people as with ten. Everyone's row is asked for once the search
 * is about to be used (or more rows are): searching and showing more then
 * happen in memory, without asking again.
 */
import { useEffect, useMemo, useState } from 'preact/hooks';
import { messageOf } from '../../../components/errors';
import { useNow } from '../../../components/useNow';
import { useRequest } from '../../../components/useRequest';
import { cadenceLabel, standingLabel } from '../../../utils/people/order';
import { compareKeys, foldName, type RankedRow } from '../../../utils/people/roster';
import { request } from '../../../utils/protocol/request';
import { PersonForm } from './PersonForm';
import { Welcome } from './Welcome';

/** Rows shown at first, and added by each "Show more". */
const PAGE = 100;

type Order = 'overdue' | 'name';

/** The list as it first opens; `main.tsx` asks for it before the page renders. */
export const FIRST_ROWS = { order: 'overdue' as Order, archived: false, limit: PAGE };

/** Everyone's row, asked for once `wanted`; null until it comes. */
function useEveryone(wanted: boolean): { rows: RankedRow[] | null; error: string | null } {
  const [rows, setRows] = useState<RankedRow[] | null>(null);
  const [error, setError] = useState<string | null>(null);
  useEffect(() => {
    if (!wanted) return;
    request('people/rows', {}).then(setRows, (failure: unknown) => setError(messageOf(failure)));
  }, [wanted]);
  return { rows, error };
}

export function PeopleView({ onChanged }: { onChanged: () => void }) {
  const [query, setQuery] = useState('');
  const [order, setOrder] = useState<Order>('overdue');
  const [showArchived, setShowArchived] = useState(false);
  const [adding, setAdding] = useState(false);
  const [limit, setLimit] = useState(PAGE);
  const now = useNow();
  const first = useRequest('people/page', { order, archived: showArchived, limit: PAGE });
  const [searching, setSearching] = useState(false);
  const everyone = useEveryone(searching);
  const folded = foldName(query.trim());
  const inMemory = folded !== '' || limit > PAGE;

  // Each order once, and only when the list is read from memory.
  const byName = everyone.rows;
  const byOverdue = useMemo(
    () =>
      inMemory && order === 'overdue' && byName
        ? [...byName].sort((a, b) => compareKeys(a.overdueKey, b.overdueKey))
        : null,
    [inMemory && order === 'overdue', byName],
  );
  const matching = useMemo(() => {
    const ordered = order === 'name' ? byName : byOverdue;
    if (!inMemory || !ordered) return null;
    return ordered.filter((row) => (showArchived || !row.archived) && row.nameKey[0].includes(folded));
  }, [inMemory, order, byName, byOverdue, showArchived, folded]);

  if (first.state.status === 'error') return <p role="alert">Could not load your people: {first.state.message}</p>;
  if (first.state.status === 'loading') return <p class="muted">Loading…</p>;
  const { rows: firstRows, active, total } = first.state.value;
  if (total === 0) return <Welcome onAdded={onChanged} />;

  const shown = matching ? matching.slice(0, limit) : firstRows;
  const available = matching ? matching.length : showArchived ? total : active;
  const waiting = inMemory && !matching;
  const counted = `${active} ${active === 1 ? 'person' : 'people'}`;
  let status = folded === '' ? counted : `${available} of ${counted} match`;
  if (waiting) status = folded === '' ? 'Loading…' : 'Searching…';
  if (everyone.error) status = `Could not search your people: ${everyone.error}`;
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
            onFocus={() => setSearching(true)}
            onInput={(event) => {
              setSearching(true);
              setQuery(event.currentTarget.value);
              setLimit(PAGE);
            }}
          />
        </div>
        <div class="field">
          <label for="people-order">Order</label>
          <select id="people-order" value={order} onChange={(event) => setOrder(event.currentTarget.value as Order)}>
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
        {status}
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
      {!waiting && available > shown.length && (
        <button
          type="button"
          onClick={() => {
            setSearching(true);
            setLimit(Math.max(limit, shown.length) + PAGE);
          }}
        >
          Show more ({available - shown.length} more)
        </button>
      )}
    </section>
  );
}
