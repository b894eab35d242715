/**
 * A native list of the user's people, for choosing one. A circle of a few
 * dozen is listed as the page shows; an address book of thousands is asked
 * for and listed only once the field is about to be used (pointed at,
 * focused, pressed): see `usePersonNames`. Until then the field holds "any"
 * and the chosen person, so what it shows is always true.
 */
import { useMemo } from 'preact/hooks';
import type { PersonName } from '../utils/people/roster';
import type { PersonNames } from './usePersonNames';

interface Props {
  id: string;
  value: string;
  onChange: (personId: string) => void;
  people: PersonNames;
  /** The first choice, meaning no one in particular ("Everyone", "Choose someone"). */
  noneLabel: string;
}

const NO_ONE: readonly PersonName[] = [];

export function PersonSelect({ id, value, onChange, people, noneLabel }: Props) {
  const named = people.state.status === 'ready' ? people.state.value : NO_ONE;
  const listed = people.more ? named.filter((person) => person.id === value) : named;
  // Made again only when the list changes, so choosing someone does not diff one option per person.
  const options = useMemo(
    () =>
      listed.map((person) => (
        <option key={person.id} value={person.id}>
          {person.name}
        </option>
      )),
    [listed],
  );
  const use = people.more ? people.wantAll : undefined;
  return (
    <select
      id={id}
      value={value}
      onChange={(event) => onChange(event.currentTarget.value)}
      onPointerEnter={use}
      onFocus={use}
      onPointerDown={use}
    >
      <option value="">{noneLabel}</option>
      {people.more && <option disabled>Loading everyone…</option>}
      {options}
    </select>
  );
}
