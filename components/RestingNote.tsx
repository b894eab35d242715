import type { Resting } from '../utils/nudging/policy';
import { formatWeekdayTime } from '../utils/platform/format';
import { clockTime } from '../utils/platform/hour-window';

/** Why Tend suggests no one right now, and when it will again; the popup and the preview say it the same way. */
export function RestingNote({ resting }: { resting: Resting }) {
  const { from, to } = resting.wakingHours;
  return (
    <p class="resting-note" data-resting={resting.because}>
      It’s outside your waking hours ({clockTime(from)}–{clockTime(to)}), when reaching out could wake someone, so Tend
      suggests no one now. Suggestions start again {formatWeekdayTime(resting.until)}. You can change waking hours in
      Settings.
    </p>
  );
}
