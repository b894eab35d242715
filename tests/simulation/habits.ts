/**
 * How the simulated user scrolls and answers cards: when they sit down at a
 * feed, for how long, and what they press. Every choice comes from the seed.
 */
import type { Answer } from './log';
import type { Random } from './random';

export interface PlannedSitting {
  start: number;
  /** Minutes of passive scrolling; reading a card adds to the time spent. */
  scrollMinutes: number;
}

/** Times of day a sitting may start, in minutes after midnight; the last runs past midnight. */
const DAY_SLOTS: readonly [from: number, to: number][] = [
  [7 * 60, 9 * 60 + 30],
  [12 * 60, 14 * 60],
  [16 * 60 + 30, 19 * 60],
  [20 * 60, 22 * 60 + 30],
];
const LATE_SLOT: [from: number, to: number] = [23 * 60, 24 * 60 + 30];
const LATE_NIGHT_CHANCE = 0.4;

/** Some sittings stay short of the 10-minute threshold; most pass it. */
const SCROLL_MINUTES: [min: number, max: number] = [4, 35];

/** Local time `minute` minutes after the start of `date`'s day; past 24:00 it lands on the next date. */
function localTime(date: Date, minute: number): number {
  return new Date(date.getFullYear(), date.getMonth(), date.getDate(), 0, minute).getTime();
}

/** 2 to 5 sittings on the day starting at local midnight `dayStart`, sometimes one between 23:00 and 00:30. */
export function planDay(random: Random, dayStart: number): PlannedSitting[] {
  const date = new Date(dayStart);
  const count = random.int(2, 5);
  const late = count === 5 || random.chance(LATE_NIGHT_CHANCE);
  const slots = [...DAY_SLOTS];
  const chosen: [number, number][] = [];
  for (let i = 0; i < (late ? count - 1 : count); i++) {
    chosen.push(...slots.splice(random.int(0, slots.length - 1), 1));
  }
  if (late) chosen.push(LATE_SLOT);
  return chosen
    .map(([from, to]) => ({
      start: localTime(date, random.int(from, to)),
      scrollMinutes: random.int(...SCROLL_MINUTES),
    }))
    .sort((a, b) => a.start - b.start);
}

/** How often each answer is given to an idea; "Another idea" at most twice on one card. */
export const ANSWER_WEIGHTS: Readonly<
  Record<Extract<Answer, 'done' | 'another' | 'not-now' | 'snooze' | 'ignored'>, number>
> = {
  done: 30,
  another: 15,
  'not-now': 20,
  snooze: 15,
  ignored: 20,
};

/** How a late-night card is answered: mostly put off to the morning, sometimes by closing the feed. */
export const NIGHT_ANSWER_WEIGHTS: Readonly<
  Record<Extract<Answer, 'plan' | 'write' | 'close-feed' | 'not-now' | 'ignored'>, number>
> = {
  plan: 35,
  write: 20,
  'close-feed': 20,
  'not-now': 10,
  ignored: 15,
};
export const MOST_OTHER_IDEAS = 2;

export function pickAnswer(random: Random, mayAskAnother: boolean): Answer {
  return random.weighted({ ...ANSWER_WEIGHTS, another: mayAskAnother ? ANSWER_WEIGHTS.another : 0 });
}

export function pickNightAnswer(random: Random): Answer {
  return random.weighted(NIGHT_ANSWER_WEIGHTS);
}

/** Seconds spent reading a card before answering it. */
export function readingMs(random: Random): number {
  return random.int(5, 40) * 1000;
}

export function snoozeMinutes(random: Random): 15 | 60 {
  return random.chance(0.5) ? 15 : 60;
}
