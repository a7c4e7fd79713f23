import { civilFromDays, dayKeyOf, daysOfDayKey } from '../../../domain/civil-date';
import { daysPerBlock, type DayKind } from '../../../domain/records/trial-record';
import { mulberry32 } from './prng';

/**
 * The plan of a personal (N-of-1) trial: blocks of two days, one routine day and one comparison
 * day in a random order within each block. Blocking keeps slow changes over the weeks (an
 * episode settling by itself) from looking like a difference; the random order keeps the person
 * from choosing the "good" days. Source: Duan, Kravitz, Schmid et al., "Statistical design and
 * analytic considerations for N-of-1 trials", ch. 4 of "Design and Implementation of N-of-1
 * Trials: A User's Guide", AHRQ 2014 (the "block pair" design).
 */

/** A trial lasts 2, 3 or 4 weeks (the range), in whole blocks of two days. */
export const trialWeeksOptions = [2, 3, 4] as const;
export type TrialWeeks = (typeof trialWeeksOptions)[number];

export function blockCountOf(weeks: TrialWeeks): number {
  return Math.floor((weeks * 7) / daysPerBlock);
}

/** One DayKind per day, block by block; the same seed always gives the same plan. */
export function planTrialDays(seed: number, blockCount: number): DayKind[] {
  const random = mulberry32(seed);
  const days: DayKind[] = [];
  for (let block = 0; block < blockCount; block += 1) {
    if (random() < 0.5) days.push('routine', 'comparison');
    else days.push('comparison', 'routine');
  }
  return days;
}

/** Swaps routine and comparison days (for tests: the answer's sign must flip). */
export function swapDayKinds(days: readonly DayKind[]): DayKind[] {
  return days.map((kind) => (kind === 'routine' ? 'comparison' : 'routine'));
}

/** The date key `offset` days after `dayKey`. */
export function addDays(dayKey: string, offset: number): string {
  return dayKeyOf(civilFromDays(daysOfDayKey(dayKey) + offset));
}

/** Which day of the trial a date is (0 = the first day); may be negative or past the end. */
export function trialDayIndex(startDayKey: string, dayKey: string): number {
  return daysOfDayKey(dayKey) - daysOfDayKey(startDayKey);
}
