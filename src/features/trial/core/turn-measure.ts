import type { TrialRecord } from '../../../domain/records/trial-record';
import type { TurnRecord } from '../../../domain/records/turn-result';
import { retestSdDeg, smallestRealChangeDeg } from '../../../domain/turn-spread';
import {
  analyzeScheduled,
  blocksThatWouldTell,
  type MinutesOf,
  type TrialAnalysis,
  type TrialSpan,
} from './analysis';

/**
 * A personal trial whose measure is the turn test: the same scheduled measurements as
 * pain (the first turn test within ±90 minutes of each rating time, on the same days), compared
 * in the same block pairs with the same 95% t interval (analysis.ts), in degrees. Larger is
 * better here, the opposite of pain.
 *
 * The day's value is the SUM of the two sides (the whole left-to-right turn), not the smaller
 * side. Why: the test measures each side from the middle the head came from, so a middle that
 * sits a few degrees off moves degrees from one side to the other; the sum does not change with
 * it, the smaller side does (and which side is smaller can flip from one test to the next,
 * which would compare one side on one day with the other side on the next). The sum also uses
 * both readings, and the whole range of rotation is what a stiff neck loses. Its cost: a test
 * with one side unmeasured gives no value (the day waits for a test with both sides). A side
 * at the report's cap counts at the cap, which can only pull a difference toward zero.
 *
 * The threshold: a difference is called only when the whole interval lies beyond the smallest
 * change the test can tell from its own spread (no new clinical number): the sum of two sides
 * each with the test's test–retest SD has SD √2 · SD, so its smallest real change at 95% is
 * 1.96 · √2 · (√2 · SD), rounded up (domain/turn-spread.ts; 6° with today's SD of 1.5°).
 */
export const turnTrialThresholdDeg = smallestRealChangeDeg(Math.SQRT2 * retestSdDeg);

/** A turn result's value for the trial: left plus right degrees, or undefined without both. */
export function turnSumOf(turn: Pick<TurnRecord, 'left' | 'right'>): number | undefined {
  if (!turn.left || !turn.right) return undefined;
  return turn.left.degrees + turn.right.degrees;
}

/**
 * The turn trial's analysis: only turn results taken for this trial (`trialId`), never those
 * taken with a session (they exist only on routine days and would compare unlike moments).
 */
export function analyzeTurnTrial(
  trial: TrialSpan & Pick<TrialRecord, 'ratingMinutes' | 'id'>,
  turns: readonly TurnRecord[],
  dayKeyOf: (index: number) => string,
  minutesOf: MinutesOf,
): TrialAnalysis {
  const own = turns.filter((turn) => turn.trialId === trial.id);
  return analyzeScheduled(trial, own, turnSumOf, dayKeyOf, minutesOf);
}

export type TurnVerdict = 'turn-larger' | 'turn-smaller' | 'turn-no-difference' | 'cant-tell';

/**
 * One plain verdict from the interval of routine minus comparison degrees, first match:
 * - "larger on routine days": the whole interval above +threshold;
 * - "smaller on routine days": the whole interval below −threshold;
 * - "no difference larger than the test's own spread": wholly inside (−threshold, +threshold);
 * - otherwise, or with no interval yet, "can't tell yet".
 * A difference is never called unless the whole interval is beyond the test's spread.
 */
export function turnVerdictOf(
  analysis: Pick<TrialAnalysis, 'interval'>,
  thresholdDeg = turnTrialThresholdDeg,
): TurnVerdict {
  const { interval } = analysis;
  if (!interval) return 'cant-tell';
  if (interval.low > thresholdDeg) return 'turn-larger';
  if (interval.high < -thresholdDeg) return 'turn-smaller';
  if (interval.low > -thresholdDeg && interval.high < thresholdDeg) return 'turn-no-difference';
  return 'cant-tell';
}

/** For "can't tell yet": how many complete blocks would give a clear turn verdict (analysis.ts). */
export function turnBlocksThatWouldTell(analysis: TrialAnalysis): number | undefined {
  return blocksThatWouldTell(analysis, (interval) => turnVerdictOf({ interval }) !== 'cant-tell');
}
