/**
 * The month simulation's printed report: for each seed a table per person
 * and per dated moment, the month's figures and what broke each goal; then
 * every goal across the seeds.
 */
import { daysBetween, weekdayOf } from '../../utils/platform/day';
import { calendarDays, firstDay, lastDay } from './facts';
import { GOALS, type Violation } from './goals';
import type { MonthLog } from './log';
import { type MonthFigures, momentFigures, monthFigures, personFigures } from './measures';

/** Violations listed per goal and seed; the count says how many there were in all. */
const LISTED_VIOLATIONS = 4;
const WEEKDAYS = ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'];

function table(headers: readonly string[], rows: readonly (readonly string[])[]): string {
  const widths = headers.map((header, column) =>
    Math.max(header.length, ...rows.map((row) => (row[column] ?? '').length)),
  );
  const line = (cells: readonly string[]) =>
    cells
      .map((cell, column) => cell.padEnd(widths[column] ?? 0))
      .join('  ')
      .trimEnd();
  return [line(headers), line(widths.map((width) => '-'.repeat(width))), ...rows.map(line)].join('\n');
}

/** "d4 Fri 07:55": the month's day number (from 0), weekday and local time. */
export function when(log: MonthLog, at: number | null): string {
  if (at === null) return '-';
  const date = new Date(at);
  const time = `${String(date.getHours()).padStart(2, '0')}:${String(date.getMinutes()).padStart(2, '0')}`;
  return `d${calendarDays(log.start, at)} ${WEEKDAYS[date.getDay()]} ${time}`;
}

/** "d4 Fri": a date's day number in the month (from 0) and its weekday. */
function dayLabel(log: MonthLog, day: string): string {
  return `d${daysBetween(firstDay(log), day)} ${WEEKDAYS[weekdayOf(day)]}`;
}

const yesNo = (value: boolean) => (value ? 'yes' : 'NO');

function peopleTable(log: MonthLog): string {
  return table(
    ['person', 'cadence', 'cards', 'ideas', 'I did it', 'longest gap', 'allowed', 'too soon', 'nothing due'],
    personFigures(log).map((p) => [
      p.name,
      p.cadenceDays === null ? 'none' : `${p.cadenceDays} d`,
      String(p.cards),
      String(p.ideas),
      String(p.done),
      p.longestGap === null ? '-' : `${p.longestGap} d`,
      p.cadenceDays === null ? '-' : `${p.cadenceDays + 1} d`,
      String(p.tooSoon),
      String(p.nothingDue),
    ]),
  );
}

function momentsTable(log: MonthLog): string {
  return table(
    [
      'person',
      'kind',
      'moment',
      'date',
      'first surfaced',
      'first that day',
      'on time',
      'missed day → belated',
      'before date',
    ],
    [...momentFigures(log)]
      .sort((a, b) => a.date.localeCompare(b.date))
      .map((m) => [
        m.person,
        m.kind,
        m.text.length > 32 ? `${m.text.slice(0, 31)}…` : m.text,
        `${m.date} (${dayLabel(log, m.date)})`,
        when(log, m.surfacedAt),
        m.surfacedAt === null ? '-' : yesNo(m.firstThatDay),
        yesNo(m.onTime),
        m.missed ? `missed → ${m.belatedAt === null ? 'NONE' : when(log, m.belatedAt)}` : '-',
        String(m.before),
      ]),
  );
}

function monthLines(log: MonthLog, figures: MonthFigures): string {
  const { answers, comebacks } = figures;
  return [
    `cards ${figures.cards} (ideas shown ${figures.ideas}): I did it ${answers.done}, another idea ${answers.another}, not now ${answers['not-now']}, snooze ${answers.snooze}, ignored ${answers.ignored}`,
    `repeats of a (person, action, moment) within 7 days: ${figures.repeats}`,
    `back within 24 h after: another idea ${comebacks.another}, not now ${comebacks['not-now']}, snooze ${comebacks.snooze} (after ignored ${comebacks.ignored}, not a goal)`,
    `most cards in a day: ${figures.maxCardsInADay} (cap ${log.dailyCap}), days over the cap: ${figures.daysOverCap}`,
    `cards about someone with nothing due: ${figures.nothingDue}`,
    `late-night sittings (23:00-00:30): ${figures.lateNightSittings} of ${figures.sittings}, past the threshold ${figures.lateNightPastThreshold}, with a card ${figures.lateNightWithCard}`,
  ].join('\n');
}

function violationLines(log: MonthLog): string {
  return GOALS.map((goal) => {
    const found: Violation[] = goal.violations(log);
    if (found.length === 0) return `  met     ${goal.id}`;
    const listed = found
      .slice(0, LISTED_VIOLATIONS)
      .map((v) => `            ${v.at === null ? '' : `${when(log, v.at)}: `}${v.detail}`);
    const more = found.length > LISTED_VIOLATIONS ? [`            … and ${found.length - LISTED_VIOLATIONS} more`] : [];
    return [`  ${String(found.length).padStart(4)}×  ${goal.id}`, ...listed, ...more].join('\n');
  }).join('\n');
}

/** Every card of the month, in order: for reading one seed closely. */
export function cardLog(log: MonthLog): string {
  return table(
    ['when', 'card', 'person', 'action', 'moment', 'answer', 'reason'],
    log.ideas.map((idea) => [
      when(log, idea.at),
      idea.ideaIndex === 0 ? idea.nudgeId.slice(0, 6) : `  +${idea.ideaIndex}`,
      idea.personId === null ? '-' : (log.people.find((p) => p.id === idea.personId)?.name ?? '?'),
      idea.actionId,
      idea.momentId === null ? '-' : (log.moments.find((m) => m.id === idea.momentId)?.text.slice(0, 20) ?? '?'),
      idea.answer,
      idea.reason,
    ]),
  );
}

export function seedReport(log: MonthLog): string {
  return [
    `=== Seed ${log.seed}: ${firstDay(log)} to ${lastDay(log)} ===`,
    '',
    'People:',
    peopleTable(log),
    '',
    'Dated moments:',
    momentsTable(log),
    '',
    'The month:',
    monthLines(log, monthFigures(log)),
    '',
    'Goals:',
    violationLines(log),
  ].join('\n');
}

export function summaryReport(logs: readonly MonthLog[]): string {
  const figures = logs.map(monthFigures);
  const goalRows = GOALS.map((goal) => {
    const counts = figures.map((f) => f.violations.get(goal.id) ?? 0);
    const met = counts.filter((count) => count === 0).length;
    return [goal.id, ...counts.map(String), `${met}/${logs.length}`, goal.statement];
  });
  const figureRow = (name: string, value: (f: MonthFigures) => string) => [name, ...figures.map(value), '', ''];
  return [
    `=== Summary over ${logs.length} seeds (violations per seed; seeds meeting the goal) ===`,
    '',
    table(['goal', ...logs.map((log) => `s${log.seed}`), 'met', 'statement'], goalRows),
    '',
    table(
      ['figure', ...logs.map((log) => `s${log.seed}`), '', ''],
      [
        figureRow('cards', (f) => String(f.cards)),
        figureRow('I did it', (f) => String(f.answers.done)),
        figureRow('most cards/day', (f) => String(f.maxCardsInADay)),
        figureRow('repeats <7 d', (f) => String(f.repeats)),
        figureRow('nothing due', (f) => String(f.nothingDue)),
        figureRow('late past thr.', (f) => String(f.lateNightPastThreshold)),
        figureRow('late with card', (f) => String(f.lateNightWithCard)),
      ],
    ),
  ].join('\n');
}
