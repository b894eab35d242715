/**
 * The numbers behind Insights, as pure functions of what the database holds:
 * a day-by-day series of passive minutes against connections, minutes by
 * site, what became of nudges, who is drifting, and streaks.
 */

import { standing } from '../people/order';
import { compareKeys, overdueKey, type PersonRow, personRow } from '../people/roster';
import { addDays, dayKey } from '../platform/day';
import type { DayTotal, NudgeOutcome } from '../records/types';

export interface DayPoint {
  day: string;
  passiveMs: number;
  connections: number;
  nudges: number;
}

export interface SiteTotal {
  site: string;
  passiveMs: number;
}

export interface Drifting {
  personId: string;
  name: string;
  /** What the page says where they stand from. */
  row: PersonRow;
  overdueDays: number | null;
  daysSince: number | null;
}

export interface Streaks {
  /** Days in a row, up to today, with at least one connection (today counts once it has one). */
  current: number;
  longest: number;
}

/** The local days from `days - 1` days ago to today, oldest first: consecutive dates, however long each lasted. */
export function lastDays(now: number, days: number): string[] {
  const today = dayKey(now);
  return Array.from({ length: days }, (_, i) => addDays(today, i - (days - 1)));
}

/** One point per day, zero where nothing happened, summing every site. */
export function dailySeries(totals: readonly DayTotal[], days: readonly string[]): DayPoint[] {
  const byDay = new Map(days.map((day) => [day, { day, passiveMs: 0, connections: 0, nudges: 0 }]));
  for (const total of totals) {
    const point = byDay.get(total.day);
    if (!point) continue;
    point.passiveMs += total.passiveMs;
    point.connections += total.connections;
    point.nudges += total.nudges;
  }
  return [...byDay.values()];
}

/** Passive time by site, most first; sites with none are left out. */
export function minutesBySite(totals: readonly DayTotal[]): SiteTotal[] {
  const bySite = new Map<string, number>();
  for (const total of totals) bySite.set(total.site, (bySite.get(total.site) ?? 0) + total.passiveMs);
  return [...bySite.entries()]
    .filter(([, passiveMs]) => passiveMs > 0)
    .map(([site, passiveMs]) => ({ site, passiveMs }))
    .sort((a, b) => b.passiveMs - a.passiveMs || a.site.localeCompare(b.site));
}

export const OUTCOME_ORDER: readonly NudgeOutcome[] = [
  'acted',
  'done',
  'snoozed',
  'dismissed',
  'paused-site',
  'planned',
  'closed-feed',
  'ignored',
  'shown',
];

export function emptyOutcomes(): Record<NudgeOutcome, number> {
  return {
    shown: 0,
    acted: 0,
    done: 0,
    snoozed: 0,
    dismissed: 0,
    'paused-site': 0,
    ignored: 0,
    planned: 0,
    'closed-feed': 0,
  };
}

/** Active people past their keep-in-touch cadence, most overdue first. */
export function drifting(people: readonly PersonRow[], now: number, limit = 5): Drifting[] {
  return people
    .filter((person) => !person.archived)
    .filter((person) => (standing(person, now).overdueDays ?? 0) > 0)
    .sort((a, b) => compareKeys(overdueKey(a), overdueKey(b)))
    .slice(0, limit)
    .map((person) => ({ personId: person.id, name: person.name, row: personRow(person), ...standing(person, now) }));
}

/** Streaks of days with a connection, from a day-by-day series ending today. */
export function streaks(series: readonly DayPoint[]): Streaks {
  let longest = 0;
  let run = 0;
  for (const point of series) {
    run = point.connections > 0 ? run + 1 : 0;
    longest = Math.max(longest, run);
  }
  // Today without a connection yet does not break a streak that ran until yesterday.
  const ordered = [...series];
  if ((ordered.at(-1)?.connections ?? 0) === 0) ordered.pop();
  let current = 0;
  for (let i = ordered.length - 1; i >= 0 && (ordered[i]?.connections ?? 0) > 0; i--) current++;
  return { current, longest };
}
