/**
 * The name a message to someone greets them by. A draft is written to the
 * person, so it uses what the user calls them ("Mia"), never the full name
 * as typed for the list ("Maria Keller"); titles, reasons and buttons are
 * read by the user, and keep the full name.
 */
import type { Person } from '../records/types';

/** The longest name the user can give for what they call someone: a nickname, not a sentence. */
export const MAX_CALL_NAME = 50;

/** The first word of a name as typed: "Maria" for "Maria Keller", "Anne-Marie" for "Anne-Marie Dubois". */
export function firstName(name: string): string {
  return name.trim().split(/\s+/u)[0] ?? '';
}

/** What the user calls them if they said, else their first name; the full name only if it has no words at all. */
export function nameInMessage(person: Pick<Person, 'name' | 'callName'>): string {
  return person.callName.trim() || firstName(person.name) || person.name;
}
