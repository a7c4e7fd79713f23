import { civilFromDays, dayKeyOf, daysFromCivil } from '../../../shared/core/civil-date';
import { mulberry32 } from './prng';

/**
 * The plan of a personal (N-of-1) trial: blocks of two days, one routine day and one comparison
 * day in a random order within each block. Blocking keeps slow changes over the weeks (an
 * episode settling by itself) from looking like a difference; the random order keeps the person
 * from choosing the "good" days. Source: Duan, Kravitz, Schmid et al., "Statistical design and
 * analytic considerations for N-of-1 trials", ch. 4 of "Design and Implementation of N-of-1
 * Trials: A User's Guide", AHRQ 2014 (the "block pair" design).
 */
export type DayKind = 'routine' | 'comparison';

/** A trial lasts 2, 3 or 4 weeks (the range), in whole blocks of two days. */
export const trialWeeksOptions = [2, 3, 4] as const;
export type TrialWeeks = (typeof trialWeeksOptions)[number];
export const daysPerBlock = 2;

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

/** True when every block holds one routine day and one comparison day. */
export function isBlockPlan(days: readonly DayKind[]): boolean {
  if (days.length === 0 || days.length % daysPerBlock !== 0) return false;
  for (let index = 0; index < days.length; index += daysPerBlock) {
    const pair = [days[index], days[index + 1]];
    if (!pair.includes('routine') || !pair.includes('comparison')) return false;
  }
  return true;
}

/** Swaps routine and comparison days (for tests: the answer's sign must flip). */
export function swapDayKinds(days: readonly DayKind[]): DayKind[] {
  return days.map((kind) => (kind === 'routine' ? 'comparison' : 'routine'));
}

const dayKeyPattern = /^(\d{4})-(\d{2})-(\d{2})$/;

/** Days since 1970-01-01 of a local date key "YYYY-MM-DD". */
export function daysOfDayKey(dayKey: string): number {
  const match = dayKeyPattern.exec(dayKey);
  if (!match) throw new Error(`Not a date key: ${dayKey}`);
  return daysFromCivil({ year: Number(match[1]), month: Number(match[2]), day: Number(match[3]) });
}

export function isDayKey(text: string): boolean {
  const match = dayKeyPattern.exec(text);
  if (!match) return false;
  const month = Number(match[2]);
  const day = Number(match[3]);
  return month >= 1 && month <= 12 && day >= 1 && day <= 31;
}

/** The date key `offset` days after `dayKey`. */
export function addDays(dayKey: string, offset: number): string {
  return dayKeyOf(civilFromDays(daysOfDayKey(dayKey) + offset));
}

/** Which day of the trial a date is (0 = the first day); may be negative or past the end. */
export function trialDayIndex(startDayKey: string, dayKey: string): number {
  return daysOfDayKey(dayKey) - daysOfDayKey(startDayKey);
}
