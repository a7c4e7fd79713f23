import { noteMaxChars } from '../../journal';
import type { DayKind } from './schedule';

/**
 * What the journal stores for this feature: quick ratings ("rate now", any time, several a
 * day) and trials. Plain data: the journal's database, export and import carry them as is.
 */
export interface QuickRating {
  readonly id: string;
  readonly atEpochMs: number;
  /** The person's local date when they rated, "YYYY-MM-DD": the day the rating counts for. */
  readonly dayKey: string;
  /** 0 no pain … 10 worst imaginable. */
  readonly pain0to10: number;
  readonly stiffness0to10?: number;
  readonly note: string;
  /** The person said one of the warning signs is there. */
  readonly hasWarningSign: boolean;
  /** The person took a painkiller since the last rating (export format 4 on; absent = not said). */
  readonly tookPainkiller?: boolean;
}

/** How a trial ended: it ran its course, the person stopped it, or the stop rule did. */
export type TrialEnd = 'finished' | 'stopped' | 'stop-rule';

/** Why the stop rule stopped a trial (see stop-rule.ts). */
export type StopReason = 'higher-on-routine-days' | 'rating-8-or-more' | 'warning-sign';
export const stopReasons: readonly StopReason[] = [
  'higher-on-routine-days',
  'rating-8-or-more',
  'warning-sign',
];

/**
 * Why a running trial is paused until a doctor has seen the neck (clinical.md "The personal
 * trial", issue 23): two weeks have passed (the app's "see a doctor if it is not better after
 * about two weeks"), or pain is getting worse (the last 3 rated days about 2 points above the
 * first 3).
 */
export type PauseReason = 'two-weeks' | 'getting-worse';
export const pauseReasons: readonly PauseReason[] = ['two-weeks', 'getting-worse'];

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
}

/** Limits that the import schema and the screens share. */
export const ratingNoteMaxChars = noteMaxChars;
export const maxTrialDays = 28;
