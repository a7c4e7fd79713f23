/**
 * The turn test's own test–retest spread, shared by the turn test (features/turn) and the
 * personal trial when the trial's measure is the turn test. One number, in one place.
 */

/**
 * The test's own test–retest spread (standard deviation of the same turn measured again, degrees):
 * bench/turn.mjs's turn-retest-sd-deg. A change is shown only when it is at least the smallest
 * change the test can tell from that spread at 95% (1.96 · √2 · SD, rounded up: 5°).
 */
export const retestSdDeg = 1.5;

/** The smallest change that the test can tell from its own spread (95%): 1.96 · √2 · SD. */
export function smallestRealChangeDeg(sdDeg = retestSdDeg): number {
  return Math.ceil(1.96 * Math.SQRT2 * sdDeg);
}
