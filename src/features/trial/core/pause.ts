import type { DayResult } from './analysis';
import type { PauseReason, TrialRecord } from '../../../domain/records/trial-record';
import { trialDayIndex } from './schedule';

/**
 * The app tells people to see a doctor if the neck is not better after about two weeks
 * (clinical.md "When to seek care instead"); the trial applies it too. A trial that
 * goes on past day 14 pauses at the end of day 14 ("not better after two weeks: see a doctor").
 * A 2-week trial ends on day 14 and says the same in its answer.
 */
export const twoWeeksDays = 14;
/** Pain "getting worse": the last 3 rated days average this much above the first 3. */
export const risingPainPoints = 2;
export const risingPainDays = 3;

const mean = (values: readonly number[]) =>
  values.reduce((sum, value) => sum + value, 0) / values.length;

/**
 * True when the mean pain of the last 3 rated days (scheduled ratings, either kind of day) is
 * 2 points or more above that of the first 3; needs 6 rated days, so the two never overlap.
 */
export function isGettingWorse(days: readonly Pick<DayResult, 'meanValue'>[]): boolean {
  const rated = days.flatMap((day) => (day.meanValue === undefined ? [] : [day.meanValue]));
  if (rated.length < 2 * risingPainDays) return false;
  const first = mean(rated.slice(0, risingPainDays));
  const last = mean(rated.slice(-risingPainDays));
  return last - first >= risingPainPoints - 1e-9;
}

/**
 * Why a running trial should pause now, if it should: pain getting worse, or two weeks gone by.
 * A reason the person has answered ("a doctor has seen it") does not pause again.
 */
export function pauseReasonOf(
  trial: Pick<TrialRecord, 'startDayKey' | 'days' | 'clearedPauses'>,
  days: readonly Pick<DayResult, 'meanValue' | 'dayIndex'>[],
  todayKey: string,
): PauseReason | undefined {
  const cleared = trial.clearedPauses ?? [];
  const todayIndex = trialDayIndex(trial.startDayKey, todayKey);
  const soFar = days.filter((day) => day.dayIndex <= todayIndex);
  if (!cleared.includes('getting-worse') && isGettingWorse(soFar)) return 'getting-worse';
  if (
    !cleared.includes('two-weeks') &&
    todayIndex >= twoWeeksDays &&
    trial.days.length > twoWeeksDays
  )
    return 'two-weeks';
  return undefined;
}
