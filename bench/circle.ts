/**
 * A circle of people and what they shared, of any size, for the benchmarks:
 * names that repeat the way real ones do, every rhythm, some people never
 * contacted or archived, and moments of every kind with follow-ups around
 * today, so Tend always has something due to suggest. The same records for
 * every size, so figures at two sizes can be compared.
 */
import { dateDaysAgo, daysAgo, recordBuilders } from '../tests/seed.ts';
import type { MomentKind, Person } from '../utils/records/types.ts';

const FIRST = ['Maya', 'Sam', 'Lena', 'Ana', 'Noor', 'Kofi', 'Ines', 'Tomas', 'Yuki', 'Ravi', 'Zoe', 'Omar'];
const LAST = ['Lopez', 'Okafor', 'Schmidt', 'Rossi', 'Haddad', 'Kim', 'Silva', 'Novak', 'Brennan', 'Ito'];
const KINDS: MomentKind[] = ['challenge', 'goal', 'milestone', 'date', 'value', 'news'];

export function circle(now: number, size: { people: number; moments: number }) {
  const { person, moment } = recordBuilders(now);
  const people: Person[] = Array.from({ length: size.people }, (_, i) =>
    person(`p${i}`, {
      name: `${FIRST[i % FIRST.length]} ${LAST[Math.floor(i / FIRST.length) % LAST.length]} ${i}`,
      channels: i % 3 === 0 ? [{ kind: 'email', value: `friend${i}@example.org` }] : [],
      cadenceDays: [7, 14, 30, null][i % 4] ?? null,
      lastContactAt: i % 5 === 0 ? null : daysAgo(now, i % 60),
      archived: i % 50 === 0,
      createdAt: daysAgo(now, 200),
      updatedAt: daysAgo(now, 200),
    }),
  );
  const moments = Array.from({ length: size.moments }, (_, i) =>
    moment(`m${i}`, `p${i % size.people}`, {
      kind: KINDS[i % KINDS.length] ?? 'news',
      text: `something they shared, number ${i}`,
      sharedOn: dateDaysAgo(now, i % 90),
      followUpOn: i % 4 === 0 ? dateDaysAgo(now, 10 - (i % 20)) : null,
      resolved: i % 7 === 0,
      createdAt: daysAgo(now, 90),
      updatedAt: daysAgo(now, 90),
    }),
  );
  return { people, moments };
}

export interface Size {
  people: number;
  moments: number;
}

/**
 * The sizes a bench runs at: `--people` and `--moments` each take one number
 * or a comma-separated list of as many, e.g. `--people 1000,10000 --moments
 * 5000,50000` runs both sizes, then prints how each figure grew.
 */
export function sizesFrom(
  values: { people?: string | undefined; moments?: string | undefined },
  fallback: Size,
): Size[] {
  const list = (text: string | undefined, otherwise: number) =>
    (text ?? String(otherwise)).split(',').map((part) => {
      const n = Number(part.trim().replaceAll('_', ''));
      if (!Number.isInteger(n) || n < 1) throw new Error(`Not a size: ${part}`);
      return n;
    });
  const people = list(values.people, fallback.people);
  const moments = list(values.moments, fallback.moments);
  if (people.length !== moments.length) throw new Error('--people and --moments need as many sizes each');
  return people.map((count, i) => ({ people: count, moments: moments[i] ?? fallback.moments }));
}

export const sizeLabel = ({ people, moments }: Size) =>
  `${people.toLocaleString('en')} people, ${moments.toLocaleString('en')} moments`;

/**
 * How each figure grew from the first size to the last, as a factor beside
 * how much more was stored: a figure that grows with what is shown stays
 * near ×1 while the stored records grow ×10.
 */
export function growthLine(
  sizes: readonly Size[],
  figures: readonly { name: string; ms: readonly number[] }[],
): string {
  const first = sizes[0];
  const last = sizes.at(-1);
  if (!first || !last || sizes.length < 2) return '';
  const stored = (last.people + last.moments) / (first.people + first.moments);
  const grew = figures
    .map(({ name, ms }) => {
      const [a, b] = [ms[0] ?? 0, ms.at(-1) ?? 0];
      return `${name} ${a.toFixed(0)} → ${b.toFixed(0)} ms (×${(b / Math.max(a, 1)).toFixed(2)})`;
    })
    .join(', ');
  return `growth from ${sizeLabel(first)} to ${sizeLabel(last)} (×${stored.toFixed(1)} stored): ${grew}`;
}
