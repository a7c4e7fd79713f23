import type { JournalEntry } from '../../../domain/records/session-entry';
import {
  summarizeJournal,
  trendRowOf,
  type JournalSummary,
} from '../../../domain/records/entry-stats';
import { adherenceOf, type Adherence } from './adherence';
import { analyzeTrial, ratingsByDay, type TrialAnalysis } from './analysis';
import type { QuickRating } from '../../../domain/records/quick-rating';
import type { TrialRecord } from '../../../domain/records/trial-record';
import { addDays } from './schedule';

/** The person's local date key and minute of the day at an instant (given by the model). */
export type LocalMomentOf = (epochMs: number) => { dayKey: string; minutesOfDay: number };

/** The figures of the printable summary, each computed as the journal and the trial do. */
export interface TrialSummaryFigures {
  readonly firstDayKey: string;
  /** The trial's planned last day. */
  readonly lastDayKey: string;
  readonly ratingsInTrial: number;
  readonly analysis: TrialAnalysis;
  readonly adherence: Adherence;
  readonly sessionCount: number;
  /** Exactly History's summary (summarizeJournal over every session's trend row). */
  readonly journal: JournalSummary;
  /** The latest session started before the trial ended: the routine the person uses. */
  readonly routine?: JournalEntry;
}

export function summaryFiguresOf(
  trial: TrialRecord,
  ratings: readonly QuickRating[],
  sessions: readonly JournalEntry[],
  momentOf: LocalMomentOf,
  /** The last day (0-based) the trial reached: its end, or today while it runs. */
  lastDayIndex: number,
): TrialSummaryFigures {
  const until = trial.endedAtEpochMs ?? Infinity;
  const routine = sessions.filter((entry) => entry.startedAtEpochMs <= until).at(-1);
  const inTrial = ratingsByDay(trial, ratings).flat();
  const from = trial.startedAtEpochMs;
  const sessionDays = sessions
    .filter((entry) => entry.startedAtEpochMs >= from && entry.startedAtEpochMs <= until)
    .map((entry) => momentOf(entry.startedAtEpochMs).dayKey);
  return {
    firstDayKey: trial.startDayKey,
    lastDayKey: addDays(trial.startDayKey, trial.days.length - 1),
    ratingsInTrial: inTrial.length,
    analysis: analyzeTrial(
      trial,
      ratings,
      (index) => addDays(trial.startDayKey, index),
      (ms) => momentOf(ms).minutesOfDay,
    ),
    adherence: adherenceOf(trial, sessionDays, inTrial, lastDayIndex),
    sessionCount: sessions.length,
    journal: summarizeJournal(sessions.map(trendRowOf)),
    ...(routine ? { routine } : {}),
  };
}
