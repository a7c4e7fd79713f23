import * as v from 'valibot';
import { code, epochMsSchema, listOf, oneOf, recordIdSchema } from './fields';
import { dayKeySchema } from './quick-rating';

/**
 * A personal (N-of-1) trial, as the journal stores it. Plain data: the journal's database,
 * export and import carry it as is.
 */

/**
 * The plan's days: blocks of two, one routine day and one comparison day in a random order
 * within each block (the trial's core/schedule.ts draws them; its source is there).
 */
export type DayKind = 'routine' | 'comparison';
export const daysPerBlock = 2;

/** True when every block holds one routine day and one comparison day. */
export function isBlockPlan(days: readonly DayKind[]): boolean {
  if (days.length === 0 || days.length % daysPerBlock !== 0) return false;
  for (let index = 0; index < days.length; index += daysPerBlock) {
    const pair = [days[index], days[index + 1]];
    if (!pair.includes('routine') || !pair.includes('comparison')) return false;
  }
  return true;
}

/** How a trial ended: it ran its course, the person stopped it, or the stop rule did. */
export type TrialEnd = 'finished' | 'stopped' | 'stop-rule';
export const trialEnds: readonly TrialEnd[] = ['finished', 'stopped', 'stop-rule'];

/** Why the stop rule stopped a trial (see stop-rule.ts). */
export type StopReason = 'higher-on-routine-days' | 'rating-8-or-more' | 'warning-sign';
export const stopReasons: readonly StopReason[] = [
  'higher-on-routine-days',
  'rating-8-or-more',
  'warning-sign',
];

/**
 * Why a running trial is paused until a doctor has seen the neck (clinical.md "The personal
 * trial"): two weeks have passed (the app's "see a doctor if it is not better after
 * about two weeks"), or pain is getting worse (the last 3 rated days about 2 points above the
 * first 3).
 */
export type PauseReason = 'two-weeks' | 'getting-worse';
export const pauseReasons: readonly PauseReason[] = ['two-weeks', 'getting-worse'];

/**
 * What a trial compares between routine and comparison days: the scheduled pain
 * ratings (the default, and every trial before export format 6), or the turn test's degrees,
 * taken at the same scheduled times. A turn trial still asks for the pain rating at those
 * times: its stop rules (a rating of 8, a warning sign) and pauses stay those of pain.
 */
export type TrialMeasure = 'pain' | 'turn';
export const trialMeasures: readonly TrialMeasure[] = ['pain', 'turn'];

/** A trial's measure; a trial stored without one (older files) measures pain. */
export function measureOf(trial: Pick<TrialRecord, 'measure'>): TrialMeasure {
  return trial.measure ?? 'pain';
}

export interface TrialRecord {
  readonly id: string;
  /** The seed the plan was drawn from (kept so the plan can be checked). */
  readonly seed: number;
  /** The first day, local date "YYYY-MM-DD". */
  readonly startDayKey: string;
  /** One kind per day, in blocks of two (see schedule.ts). */
  readonly days: readonly DayKind[];
  /** The two rating times, minutes after local midnight, earlier first. */
  readonly ratingMinutes: readonly [number, number];
  readonly startedAtEpochMs: number;
  readonly endedAtEpochMs?: number;
  readonly end?: TrialEnd;
  readonly stopReasons?: readonly StopReason[];
  /** Paused until the person says a doctor has seen the neck (export format 4 on). */
  readonly pausedFor?: PauseReason;
  /** Pauses the person has answered with "a doctor has seen it"; each pauses once. */
  readonly clearedPauses?: readonly PauseReason[];
  /** What the trial compares (export format 6 on); absent: pain. */
  readonly measure?: TrialMeasure;
}

/** Limits that the import schema and the screens share: four weeks at most. */
export const maxTrialDays = 28;
/** The most trials the journal keeps: 100 of up to 28 days each. */
export const maxTrials = 100;

const minuteOfDaySchema = v.pipe(
  v.number(code('wrongType')),
  v.integer(code('wrongType')),
  v.minValue(0, code('negative')),
  v.maxValue(24 * 60 - 1, code('tooBig')),
);

export const trialRecordSchema = v.pipe(
  v.strictObject(
    {
      id: recordIdSchema,
      seed: v.pipe(
        v.number(code('wrongType')),
        v.integer(code('wrongType')),
        v.minValue(0, code('negative')),
        v.maxValue(2 ** 32 - 1, code('tooBig')),
      ),
      startDayKey: dayKeySchema,
      days: v.pipe(
        listOf(oneOf<DayKind>(['routine', 'comparison']), maxTrialDays),
        v.check((days) => isBlockPlan(days), code('badPlan')),
      ),
      ratingMinutes: v.pipe(
        v.tuple([minuteOfDaySchema, minuteOfDaySchema], code('wrongType')),
        v.check(([first, second]) => first < second, code('wrongType')),
      ),
      startedAtEpochMs: epochMsSchema,
      endedAtEpochMs: v.exactOptional(epochMsSchema),
      end: v.exactOptional(oneOf(trialEnds)),
      stopReasons: v.exactOptional(
        v.pipe(v.array(oneOf(stopReasons)), v.maxLength(stopReasons.length, code('tooMany'))),
      ),
      // Export format 4: the two-week / getting-worse pause; older files have none.
      pausedFor: v.exactOptional(oneOf(pauseReasons)),
      clearedPauses: v.exactOptional(
        v.pipe(v.array(oneOf(pauseReasons)), v.maxLength(pauseReasons.length, code('tooMany'))),
      ),
      // Export format 6: the trial's measure; older files have none (pain).
      measure: v.exactOptional(oneOf(trialMeasures)),
    },
    code('wrongType'),
  ),
  v.check(
    (trial) => trial.endedAtEpochMs === undefined || trial.endedAtEpochMs >= trial.startedAtEpochMs,
    code('endsBeforeStart'),
  ),
);
