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
}

/** Limits that the import schema and the screens share. */
export const ratingNoteMaxChars = noteMaxChars;
export const maxTrialDays = 28;
