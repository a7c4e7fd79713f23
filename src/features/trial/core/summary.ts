import type { JournalEntry } from '../../journal';
import { summarizeJournal, trendRowOf, type JournalSummary } from '../../journal';
import { analyzeTrial, ratingsByDay, type TrialAnalysis } from './analysis';
import type { QuickRating, TrialRecord } from './records';
import { addDays } from './schedule';

/** The figures of the printable summary, each computed as the journal and the trial do. */
export interface TrialSummaryFigures {
  readonly firstDayKey: string;
  readonly lastDayKey: string;
  readonly ratingsInTrial: number;
  readonly analysis: TrialAnalysis;
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
): TrialSummaryFigures {
  const until = trial.endedAtEpochMs ?? Infinity;
  const routine = sessions.filter((entry) => entry.startedAtEpochMs <= until).at(-1);
  return {
    firstDayKey: trial.startDayKey,
    lastDayKey: addDays(trial.startDayKey, trial.days.length - 1),
    ratingsInTrial: ratingsByDay(trial, ratings).flat().length,
    analysis: analyzeTrial(trial, ratings, (index) => addDays(trial.startDayKey, index)),
    sessionCount: sessions.length,
    journal: summarizeJournal(sessions.map(trendRowOf)),
    ...(routine ? { routine } : {}),
  };
}
