/**
 * A native list of the user's people, for choosing one. A circle of a few
 * dozen is listed as the page shows; an imported address book of thousands
 * is listed only once the field is used (focused, pressed): building ten
 * thousand options costs a few hundred milliseconds, which would otherwise
 * hold up the popup's suggestion and every history filter, for a field most
 * visits never touch. Until then the field holds "any" and the chosen
 * person, so what it shows is always true.
 */
import { useMemo, useState } from 'preact/hooks';
import type { PersonName } from '../utils/people/roster';

/** Up to this many people are listed at once; beyond it, when the field is first used. */
export const LISTED_AT_ONCE = 200;

interface Props {
  id: string;
  value: string;
  onChange: (personId: string) => void;
  people: readonly PersonName[];
  /** The first choice, meaning no one in particular ("Everyone", "Choose someone"). */
  noneLabel: string;
}

export function PersonSelect({ id, value, onChange, people, noneLabel }: Props) {
  const [used, setUsed] = useState(false);
  const listed = used || people.length <= LISTED_AT_ONCE ? people : people.filter((person) => person.id === value);
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
  const use = () => setUsed(true);
  return (
    <select
      id={id}
      value={value}
      onChange={(event) => onChange(event.currentTarget.value)}
      onFocus={use}
      onPointerDown={use}
    >
      <option value="">{noneLabel}</option>
      {options}
    </select>
  );
}
