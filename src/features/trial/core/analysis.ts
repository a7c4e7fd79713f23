import { minImportantChange0to10 } from '../../../domain/sources';
import type { JournalEntry } from '../../../domain/records/session-entry';
import type { QuickRating } from '../../../domain/records/quick-rating';
import {
  type StopReason,
  type TrialRecord,
  daysPerBlock,
  type DayKind,
} from '../../../domain/records/trial-record';
import { trialDayIndex } from './schedule';
import { tQuantile975 } from './t-quantiles';

/**
 * The answer of a personal trial, and why it is computed this way.
 *
 * Each block holds one routine day and one comparison day. A day's pain is the average of its
 * scheduled ratings: the first rating within ±90 minutes of each of the day's two rating times
 * (clinical.md "The personal trial"). Other ratings ("rate any time") are kept as notes and never
 * answer the question: extra ratings cluster just after a session, on routine days only, which is
 * the same unlike comparison that keeps session readings out. A block's difference is routine day
 * minus comparison day. The answer is the mean of the blocks' differences with a 95% t interval
 * (mean ± t(0.975, n−1) · SD / √n over the n blocks that have both days rated). This is the
 * paired analysis of the block-pair design in Duan, Kravitz, Schmid et al., ch. 4 of "Design and
 * Implementation of N-of-1 Trials: A User's Guide" (AHRQ 2014); in a simulation of N-of-1 trials
 * the paired t-test kept its nominal error rate and had the best power of four common methods
 * (Chen and Chen, PLoS ONE 2014;9(2):e87752). We chose it over a Bayesian model because each
 * step can be checked by hand and printed, and over comparing all routine days with all
 * comparison days because the pairing removes slow drift over the weeks.
 *
 * Measurement timing, the design we chose (AHRQ guide ch. 4 on carryover and on when to
 * measure): two fixed rating times a day, and the routine done between them at about the same
 * time each day; the day's value is the mean of its two scheduled ratings. We considered a
 * rating at a fixed delay after the routine and did not choose it: a comparison day has no
 * routine to time a delay from, so its rating would fall at a clock time of the person's
 * choosing, and neck pain and stiffness change over the day (worse in the morning for many), so
 * routine and comparison days would be measured at unlike moments. Fixed times measure both
 * kinds of day at the same moments, and the routine between them puts the second rating at about
 * the same delay after it every routine day, which is the fixed delay where it can exist. The
 * cost, said on the screen: the first rating of a day comes before that day's routine, so an
 * effect that lasts into the next morning lands on the next day, whose kind is random; it biases
 * the difference toward zero (toward "can't tell" or "no sign"), never toward "clearly lower".
 * AHRQ ch. 4 prefers designs that err this way over ones that could show a difference that is
 * not there. Pressing in the evening, after the second rating, is the pattern that hides an
 * effect most, so the app tells people to press between the two rating times.
 *
 * Only real ratings count: a day without a scheduled rating is missing, never filled in, and a
 * block with a missing day drops out of the answer. Ratings during a session (before/after) are
 * not used: they exist only on routine days and would compare unlike moments.
 */

/** The smallest change in pain that people count as meaningful. Source: Kovacs et al. 2008. */
export const meaningfulChange0to10 = minImportantChange0to10;
/**
 * Fewer than three blocks with both days give too wide an interval to read (t = 12.7 with one
 * degree of freedom), so the answer waits for three.
 */
export const minBlocksForInterval = 3;
/** A rating this high stops the trial. Source: clinical.md "The personal trial", its stop rule. */
export const stopRating0to10 = 8;
/** A rating counts for a rating time when it is within this many minutes of it (clinical.md). */
export const scheduledWindowMinutes = 90;
/**
 * The two rating times must be at least this far apart, so that their windows do not overlap
 * and no rating could count for both.
 */
export const minRatingGapMinutes = 2 * scheduledWindowMinutes;
/** The longest trial (4 weeks) holds this many blocks: "would tell" never suggests more. */
export const maxBlocksInATrial = 14;

export interface DayResult {
  readonly dayIndex: number;
  readonly dayKey: string;
  readonly kind: DayKind;
  /** Scheduled ratings that day (0, 1 or 2): the ones the answer uses. */
  readonly ratingCount: number;
  /** Other ratings that day, kept as notes. */
  readonly noteCount: number;
  /**
   * Average of the day's scheduled measurements (pain 0–10, or a turn trial's degrees);
   * undefined on a day without one.
   */
  readonly meanValue?: number;
}

export interface BlockResult {
  readonly blockIndex: number;
  readonly routine?: number;
  readonly comparison?: number;
  /** Routine minus comparison; undefined unless both days were rated. */
  readonly difference?: number;
}

export interface TrialAnalysis {
  readonly days: readonly DayResult[];
  readonly blocks: readonly BlockResult[];
  /** Blocks with both days rated. */
  readonly completeBlocks: number;
  /** Mean of the blocks' differences (routine − comparison); negative = lower on routine days. */
  readonly meanDifference?: number;
  /** Standard deviation of the blocks' differences (n − 1). */
  readonly sdDifference?: number;
  /** The 95% interval, once at least minBlocksForInterval blocks are complete. */
  readonly interval?: { readonly low: number; readonly high: number };
}

const mean = (values: readonly number[]) =>
  values.reduce((sum, value) => sum + value, 0) / values.length;

/** The trial's days, and when given, the moments it started and ended. */
export type TrialSpan = Pick<TrialRecord, 'startDayKey' | 'days'> &
  Partial<Pick<TrialRecord, 'startedAtEpochMs' | 'endedAtEpochMs'>>;

/** Minutes after local midnight of an instant, in the person's time zone (given by the model). */
export type MinutesOf = (epochMs: number) => number;

/** A measurement at a moment, on the person's local date: a quick rating or a turn result. */
export interface Timed {
  readonly atEpochMs: number;
  readonly dayKey: string;
}

/**
 * The quick ratings (or other measurements) that fall on the trial's days, by day index; when the trial's start and
 * end are known, only ratings made while it ran (a new trial started on the day an earlier one
 * stopped does not inherit that day's ratings).
 */
export function ratingsByDay<T extends Timed>(trial: TrialSpan, ratings: readonly T[]): T[][] {
  const byDay: T[][] = trial.days.map(() => []);
  const from = trial.startedAtEpochMs ?? -Infinity;
  const until = trial.endedAtEpochMs ?? Infinity;
  for (const rating of ratings) {
    if (rating.atEpochMs < from || rating.atEpochMs > until) continue;
    const index = trialDayIndex(trial.startDayKey, rating.dayKey);
    byDay[index]?.push(rating);
  }
  return byDay;
}

/**
 * Splits one day's ratings into the scheduled ones (for each rating time, the first rating
 * within ±90 minutes of it; a rating counts for one time at most) and the rest, kept as notes.
 * The windows stay within the day: a rating counts for the day it was made.
 */
export function scheduledOf<T extends Pick<Timed, 'atEpochMs'>>(
  dayRatings: readonly T[],
  ratingMinutes: readonly number[],
  minutesOf: MinutesOf,
): { scheduled: T[]; notes: T[] } {
  const ordered = [...dayRatings].sort((a, b) => a.atEpochMs - b.atEpochMs);
  const scheduled: T[] = [];
  for (const time of ratingMinutes) {
    const first = ordered.find(
      (rating) =>
        !scheduled.includes(rating) &&
        Math.abs(minutesOf(rating.atEpochMs) - time) <= scheduledWindowMinutes,
    );
    if (first) scheduled.push(first);
  }
  return { scheduled, notes: ordered.filter((rating) => !scheduled.includes(rating)) };
}

/** Day means of the scheduled ratings, block differences, their mean and 95% interval. */
export function analyzeTrial(
  trial: TrialSpan & Pick<TrialRecord, 'ratingMinutes'>,
  ratings: readonly QuickRating[],
  dayKeyOf: (index: number) => string,
  minutesOf: MinutesOf,
): TrialAnalysis {
  return analyzeScheduled(trial, ratings, (rating) => rating.pain0to10, dayKeyOf, minutesOf);
}

/**
 * The same analysis for any measurement with a value: the scheduled ones (first within ±90
 * minutes of each rating time) give the day's mean, routine minus comparison in each block, and
 * the mean difference with its 95% t interval. Measurements without a value (`valueOf` gives
 * undefined) are left out before scheduling, so a failed measurement does not take a time's place.
 */
export function analyzeScheduled<T extends Timed>(
  trial: TrialSpan & Pick<TrialRecord, 'ratingMinutes'>,
  measurements: readonly T[],
  valueOf: (measurement: T) => number | undefined,
  dayKeyOf: (index: number) => string,
  minutesOf: MinutesOf,
): TrialAnalysis {
  const byDay = ratingsByDay(
    trial,
    measurements.filter((each) => valueOf(each) !== undefined),
  );
  const days: DayResult[] = trial.days.map((kind, dayIndex) => {
    const { scheduled, notes } = scheduledOf(byDay[dayIndex] ?? [], trial.ratingMinutes, minutesOf);
    const values = scheduled.map((each) => valueOf(each)!);
    const base = {
      dayIndex,
      dayKey: dayKeyOf(dayIndex),
      kind,
      ratingCount: values.length,
      noteCount: notes.length,
    };
    return values.length === 0 ? base : { ...base, meanValue: mean(values) };
  });
  const blocks: BlockResult[] = [];
  for (let start = 0; start + daysPerBlock <= days.length; start += daysPerBlock) {
    const pair = days.slice(start, start + daysPerBlock);
    const routine = pair.find((day) => day.kind === 'routine')?.meanValue;
    const comparison = pair.find((day) => day.kind === 'comparison')?.meanValue;
    blocks.push({
      blockIndex: start / daysPerBlock,
      ...(routine === undefined ? {} : { routine }),
      ...(comparison === undefined ? {} : { comparison }),
      ...(routine === undefined || comparison === undefined
        ? {}
        : { difference: routine - comparison }),
    });
  }
  const differences = blocks.flatMap((block) =>
    block.difference === undefined ? [] : [block.difference],
  );
  const n = differences.length;
  if (n === 0) return { days, blocks, completeBlocks: 0 };
  const meanDifference = mean(differences);
  if (n < 2) return { days, blocks, completeBlocks: n, meanDifference };
  const variance =
    differences.reduce((sum, value) => sum + (value - meanDifference) ** 2, 0) / (n - 1);
  const sdDifference = Math.sqrt(variance);
  const result = { days, blocks, completeBlocks: n, meanDifference, sdDifference };
  if (n < minBlocksForInterval) return result;
  const halfWidth = (tQuantile975(n - 1) * sdDifference) / Math.sqrt(n);
  return {
    ...result,
    interval: { low: meanDifference - halfWidth, high: meanDifference + halfWidth },
  };
}

export type Verdict =
  | 'clearly-lower'
  | 'lower-not-clearly-meaningful'
  | 'higher'
  | 'no-meaningful-difference'
  | 'cant-tell';

/**
 * One plain verdict from the interval (clinical.md "The personal trial"), first match:
 * - "clearly lower": the whole interval below −1.5;
 * - "lower, but not clearly by a meaningful amount": wholly below 0 and crossing −1.5;
 * - "higher on routine days": wholly above 0 (before "no sign", so that a small rise is never
 *   worded as "no difference");
 * - "no sign of a meaningful difference": wholly inside (−1.5, +1.5);
 * - otherwise, or with no interval yet, "can't tell yet".
 * The 1.5-point threshold: Kovacs et al. 2008.
 */
export function verdictOf(analysis: Pick<TrialAnalysis, 'interval'>): Verdict {
  const { interval } = analysis;
  if (!interval) return 'cant-tell';
  if (interval.high < -meaningfulChange0to10) return 'clearly-lower';
  if (interval.high < 0 && interval.low <= -meaningfulChange0to10) {
    return 'lower-not-clearly-meaningful';
  }
  if (interval.low > 0) return 'higher';
  if (interval.low > -meaningfulChange0to10 && interval.high < meaningfulChange0to10) {
    return 'no-meaningful-difference';
  }
  return 'cant-tell';
}

/**
 * For "can't tell yet" and "lower, but not clearly": how many complete blocks would give a
 * clear answer ("clearly lower", "higher" or "no sign") if the mean and the
 * spread stayed as they are now, at most what a 4-week trial holds (undefined when even that
 * would not, or when there is no spread to go on yet: "more than a 4-week trial can give").
 * A rough guide, said as one.
 */
export function blocksThatWouldTell(
  analysis: TrialAnalysis,
  isClear: (interval: { low: number; high: number }) => boolean = (interval) => {
    const verdict = verdictOf({ interval });
    return verdict !== 'cant-tell' && verdict !== 'lower-not-clearly-meaningful';
  },
): number | undefined {
  const { meanDifference, sdDifference } = analysis;
  if (meanDifference === undefined || sdDifference === undefined) return undefined;
  for (
    let n = Math.max(analysis.completeBlocks + 1, minBlocksForInterval);
    n <= maxBlocksInATrial;
    n += 1
  ) {
    const halfWidth = (tQuantile975(n - 1) * sdDifference) / Math.sqrt(n);
    const low = meanDifference - halfWidth;
    const high = meanDifference + halfWidth;
    if (isClear({ low, high })) return n;
  }
  return undefined;
}

/** Readings in the trial's days that count for the stop rule's "8 or more". */
export interface StopInput {
  readonly trial: TrialSpan;
  readonly ratings: readonly QuickRating[];
  /** Journal sessions (their before/after readings count too). */
  readonly sessions: readonly Pick<JournalEntry, 'before' | 'after' | 'startedAtEpochMs'>[];
  /** Sessions count from this moment on (the trial's start). */
  readonly sinceEpochMs: number;
  readonly analysis: Pick<TrialAnalysis, 'meanDifference' | 'completeBlocks'>;
}

/**
 * The stop rule (clinical.md "The personal trial"): pain higher on routine days by a meaningful
 * amount, any rating of 8 or more, or a warning sign in the journal stops the trial with "talk to a
 * clinician". It errs on the side of stopping: the mean of two or more complete blocks at +1.5 or
 * more is enough, without waiting for an interval, because this is a harm signal, not a conclusion.
 */
export function stopReasonsOf(input: StopInput): StopReason[] {
  const reasons: StopReason[] = [];
  const { meanDifference, completeBlocks } = input.analysis;
  if (
    meanDifference !== undefined &&
    completeBlocks >= 2 &&
    meanDifference >= meaningfulChange0to10
  ) {
    reasons.push('higher-on-routine-days');
  }
  const inTrial = ratingsByDay(input.trial, input.ratings).flat();
  const sessionScores = input.sessions
    .filter((session) => session.startedAtEpochMs >= input.sinceEpochMs)
    .flatMap((session) => [
      session.before.pain0to10,
      session.before.stiffness0to10,
      session.after.pain0to10,
      session.after.stiffness0to10,
    ]);
  const scores = [
    ...inTrial.flatMap((rating) => [rating.pain0to10, rating.stiffness0to10]),
    ...sessionScores,
  ];
  if (scores.some((score) => score !== undefined && score >= stopRating0to10)) {
    reasons.push('rating-8-or-more');
  }
  if (inTrial.some((rating) => rating.hasWarningSign)) reasons.push('warning-sign');
  return reasons;
}
