/**
 * What the background remembers between reports of its last look at the
 * nudges, so that the reports that follow read nothing while nothing they
 * would read can have changed: until when its last "no" holds, and that no
 * card is waiting in any tab. Memory alone: a worker that wakes up looks
 * once more. Every write of a nudge forgets it all once written
 * (`forgetNudges`), and what a look began to read before then is not
 * remembered; a "no" holds only for the settings it was decided under.
 */
import type { Sitting } from './db/schema';

interface Hold {
  /** The settings the "no" was decided under, as JSON. */
  settings: string;
  /** Until when it holds for every site; null when it holds by the sitting instead. */
  until: number | null;
  /** It holds for this sitting while its passive time stays below `belowMs`. */
  sitting: { id: string; belowMs: number } | null;
}

let hold: Hold | null = null;
let noCardWaiting = false;
/** Counts the writes forgotten, so a look that read across one is not remembered. */
let writes = 0;

/** Nudges were written (shown, answered, settled, imported, deleted): what was remembered of them may be untrue. */
export function forgetNudges(): void {
  writes++;
  hold = null;
  noCardWaiting = false;
}

/** Taken before a look at the nudges, and handed back to remember what it found. */
export type Look = number;

export function startLook(): Look {
  return writes;
}

export function rememberHold(
  look: Look,
  settings: string,
  when: { until: number } | { sitting: Sitting; belowMs: number },
): void {
  if (look !== writes) return;
  hold =
    'until' in when
      ? { settings, until: when.until, sitting: null }
      : { settings, until: null, sitting: { id: when.sitting.id, belowMs: when.belowMs } };
}

/** Whether the last "no" still holds for a report now, in this sitting, under these settings. */
export function stillHeld(settings: string, sitting: Sitting, now: number): boolean {
  if (!hold || hold.settings !== settings) return false;
  if (hold.until !== null) return now < hold.until;
  return hold.sitting?.id === sitting.id && sitting.passiveMs < hold.sitting.belowMs;
}

/** The last look found no card waiting for its user in any tab; true until a nudge is written. */
export function rememberNoCardWaiting(look: Look): void {
  if (look === writes) noCardWaiting = true;
}

export function knownNoCardWaiting(): boolean {
  return noCardWaiting;
}
