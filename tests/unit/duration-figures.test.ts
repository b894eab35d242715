/**
 * Durations as the popup, Insights and the badge's title show them: time that
 * was counted never reads "0 min", and today's sites add up to today's total.
 */
import { describe, expect, it } from 'vitest';
import { durationShares } from '../../utils/platform/duration-shares';
import { formatDuration } from '../../utils/platform/format';
import { addsUp, readFigure } from '../duration-figure';
import { seededRandom } from '../simulation/random';

const SECOND = 1_000;
const MINUTE = 60_000;

describe('a duration at a glance', () => {
  it('reads nothing only when nothing was counted', () => {
    expect(formatDuration(0)).toBe('0 min');
    expect(formatDuration(400)).toBe('under a second');
  });

  it('reads seconds under a minute, so a sitting that just brought a nudge is not "0 min"', () => {
    expect(formatDuration(20 * SECOND + 700)).toBe('20 s');
    expect(formatDuration(MINUTE - 1)).toBe('59 s');
  });

  it('reads whole minutes from a minute on, rounded down like the badge, and hours past an hour', () => {
    expect(formatDuration(MINUTE)).toBe('1 min');
    expect(formatDuration(23 * MINUTE + 59 * SECOND)).toBe('23 min');
    expect(formatDuration(60 * MINUTE)).toBe('1 h');
    expect(formatDuration(61 * MINUTE + 59 * SECOND)).toBe('1 h 1 min');
  });
});

describe("today's sites against today's total", () => {
  it('shows one short sitting in seconds, row and total alike', () => {
    expect(durationShares([21 * SECOND + 300])).toEqual({ total: '21 s', parts: ['21 s'] });
  });

  it('gives the seconds the rounding leaves over to the site closest to the next one', () => {
    // 12.4 s and 8.9 s make 21.3 s: rounding each down would read 12 s and 8 s under a total of 21 s.
    expect(durationShares([12_400, 8_900])).toEqual({ total: '21 s', parts: ['12 s', '9 s'] });
  });

  it('never shows "0 min" for a site with time, and the rows still add up', () => {
    // 40 s and 40 s: the total's one minute goes to one of them; the other had time, under a minute of it.
    expect(durationShares([40 * SECOND, 40 * SECOND])).toEqual({ total: '1 min', parts: ['1 min', 'under a minute'] });
    expect(durationShares([10 * MINUTE + 20 * SECOND, 30 * SECOND])).toEqual({
      total: '10 min',
      parts: ['10 min', 'under a minute'],
    });
  });

  it('adds up in hours too', () => {
    // 90.5 + 45.67 = 136.17 min: 136 min, the minute left over to the larger remainder.
    expect(durationShares([90 * MINUTE + 30 * SECOND, 45 * MINUTE + 40 * SECOND])).toEqual({
      total: '2 h 16 min',
      parts: ['1 h 30 min', '46 min'],
    });
  });

  it('reads no time as no time', () => {
    expect(durationShares([])).toEqual({ total: '0 min', parts: [] });
    expect(durationShares([0, 0])).toEqual({ total: '0 min', parts: ['0 min', '0 min'] });
  });

  it('adds up for any day: each site within one unit of its own time, in the total’s unit', () => {
    const random = seededRandom(14);
    for (let day = 0; day < 2_000; day++) {
      // Some days stay under a minute in all; most run to minutes or hours.
      const scale = random.pick([20 * SECOND, 5 * MINUTE, 3 * 60 * MINUTE]);
      const partsMs = Array.from({ length: random.int(1, 6) }, () => Math.floor(random.next() * scale));
      const totalMs = partsMs.reduce((sum, ms) => sum + ms, 0);
      const { total, parts } = durationShares(partsMs);
      const unit = totalMs > 0 && totalMs < MINUTE ? SECOND : MINUTE;
      expect(total, `total of ${partsMs}`).toBe(formatDuration(totalMs));
      expect(addsUp(total, parts), `sites of ${partsMs}: ${parts} under ${total}`).toBe(true);
      partsMs.forEach((ms, index) => {
        const figure = parts[index] ?? '';
        const shown = readFigure(figure);
        expect(shown.unit, `${figure} for ${ms} ms`).toBe(unit === SECOND ? 's' : 'min');
        expect(
          shown.amount === Math.floor(ms / unit) || shown.amount === Math.ceil(ms / unit),
          `${figure} for ${ms} ms`,
        ).toBe(true);
        expect(ms > 0 && /^0 /.test(figure), `${figure} for ${ms} ms`).toBe(false);
      });
    }
  });
});
