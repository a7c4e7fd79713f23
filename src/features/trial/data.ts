/**
 * The trial's stored data, for the journal around it (database, export, import schema): the
 * record types and the rules their fields follow. Pure: no UI or model code comes with it.
 */
export type { PauseReason, QuickRating, StopReason, TrialEnd, TrialRecord } from './core/records';
export { maxTrialDays, pauseReasons, ratingNoteMaxChars, stopReasons } from './core/records';
export { isBlockPlan, isDayKey } from './core/schedule';
export type { TrialStore } from './ports';
/** Settings key: a trial is running (Home reads it without loading the trial or the database). */
export const trialRunningKey = 'trial.running';
