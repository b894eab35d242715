/**
 * Where the background's logic gets the time. The entrypoint passes the
 * system clock; unit tests pass one they set by hand, so every rule that
 * depends on the hour or the day can be tried at any hour and in any zone.
 * Nothing else in the background reads the wall clock (a conventions test
 * holds it to that).
 */
export interface Clock {
  now(): number;
}

export const systemClock: Clock = { now: () => Date.now() };
