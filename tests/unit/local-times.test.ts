/**
 * The next and the previous instant at a local clock time: what says when a
 * night began (one late-night card a night) and when the morning comes.
 */
import { describe, expect, it } from 'vitest';
import { nextLocalTime, previousLocalTime } from '../../utils/platform/hour-window';

const at = (day: number, hour: number, minute = 0) => new Date(2026, 2, day, hour, minute).getTime();
const ELEVEN_PM = 23 * 60;
const SEVEN_AM = 7 * 60;

describe('local clock times', () => {
  it('finds when the night began, before or after midnight', () => {
    expect(previousLocalTime(ELEVEN_PM, at(10, 23, 30))).toBe(at(10, 23));
    expect(previousLocalTime(ELEVEN_PM, at(11, 3))).toBe(at(10, 23));
    expect(previousLocalTime(ELEVEN_PM, at(10, 23))).toBe(at(10, 23));
    expect(previousLocalTime(ELEVEN_PM, at(10, 22, 59))).toBe(at(9, 23));
  });

  it('finds the coming morning, never the present instant', () => {
    expect(nextLocalTime(SEVEN_AM, at(11, 3))).toBe(at(11, 7));
    expect(nextLocalTime(SEVEN_AM, at(10, 23, 30))).toBe(at(11, 7));
    expect(nextLocalTime(SEVEN_AM, at(11, 7))).toBe(at(12, 7));
  });

  it('counts calendar days across a change of clocks', () => {
    // Whatever the zone, the result is the local clock time asked for, on the day before or after.
    for (let day = 1; day <= 31; day++) {
      const night = previousLocalTime(ELEVEN_PM, at(day, 2));
      expect([new Date(night).getDate(), new Date(night).getHours()]).toEqual([
        new Date(at(day - 1, 12)).getDate(),
        23,
      ]);
      const morning = nextLocalTime(SEVEN_AM, at(day, 23, 30));
      expect([new Date(morning).getDate(), new Date(morning).getHours()]).toEqual([
        new Date(at(day + 1, 12)).getDate(),
        7,
      ]);
    }
  });
});
