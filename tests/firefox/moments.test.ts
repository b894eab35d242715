/**
 * What a person shared, in a real Firefox: Remove takes it off the page with
 * an Undo that puts it back as it was; once the Undo is over, or the page
 * closes, it is deleted as deleting does it.
 */
import { describe, expect, it } from 'vitest';
import { addDays, dayKey } from '../../utils/platform/day';
import { REMOVED_MOMENT_REASON } from '../../utils/records/scrub';
import { clickButton, texts, untilText } from './dom';
import { call, readStore } from './extension-data';
import { until } from './firefox';
import { addMayaWithInterview } from './seed';
import { firefoxPerTest } from './session';

const firefox = firefoxPerTest();

const INTERVIEW = 'job interview at the library';

describe('what a person shared, in Firefox', () => {
  it('comes back as it was with Undo, and is deleted once the Undo is over or the page has closed', async () => {
    const tend = firefox();
    const maya = await addMayaWithInterview(tend);
    await call(tend, 'moments/save', {
      personId: maya.id,
      kind: 'goal',
      text: 'half marathon',
      sharedOn: addDays(dayKey(Date.now()), -3),
      followUpOn: null,
      resolved: true,
    });
    // A card about the interview (a preview is one), which a deletion takes its words out of.
    await call(tend, 'settings/update', { wakingHours: null });
    await call(tend, 'nudge/preview', {});
    const before = { moments: await readStore(tend, 'moments'), nudges: await readStore(tend, 'nudges') };
    const interview = (before.moments as { id: string; text: string }[]).find((m) => m.text === INTERVIEW);
    expect(before.nudges).toEqual([expect.objectContaining({ momentId: interview?.id })]);

    const page = await tend.openPage(`options.html#people/${maya.id}`);
    const focused = () => page.evaluate(() => document.activeElement?.textContent ?? '');
    await clickButton(page, `Remove ${INTERVIEW}`);
    await untilText(page, '.removal-status', `Removed “${INTERVIEW}”.`);
    expect(await texts(page, '.moments .moment-text')).toEqual(['half marathon']);
    // Focus is on the Undo: the keyboard takes the removal back.
    expect(await focused()).toBe('Undo');
    await page.keyboard.press('Enter');
    await untilText(page, '.removal-status', `Put back “${INTERVIEW}”.`);
    expect(await texts(page, '.moments .moment-text')).toEqual(['half marathon', INTERVIEW]);
    expect(await focused()).toBe(`Remove ${INTERVIEW}`);
    expect(await readStore(tend, 'moments')).toEqual(before.moments);
    expect(await readStore(tend, 'nudges')).toEqual(before.nudges);

    // Left alone, the Undo runs out and the moment is deleted.
    await clickButton(page, `Remove ${INTERVIEW}`);
    await untilText(page, '.removal-status', 'Undo');
    await page.keyboard.press('Tab');
    await page.mouse.move(0, 0);
    await until(
      () => readStore<{ id: string }>(tend, 'moments'),
      (moments) => !moments.some((m) => m.id === interview?.id),
      { timeoutMs: 30_000, what: 'the interview deleted after its Undo ran out' },
    );
    expect(await readStore(tend, 'nudges')).toEqual([
      expect.objectContaining({ momentId: null, reason: REMOVED_MOMENT_REASON }),
    ]);
    await until(
      () => texts(page, '.removal-status button'),
      (buttons) => buttons.length === 0,
      { what: 'the Undo gone' },
    );

    // Closing the page while the Undo is offered deletes it too.
    await clickButton(page, 'Remove half marathon');
    await untilText(page, '.removal-status', 'Removed “half marathon”.');
    await page.close();
    await until(
      () => readStore(tend, 'moments'),
      (moments) => moments.length === 0,
      { what: 'the half marathon deleted when its page closed' },
    );
  });
});
