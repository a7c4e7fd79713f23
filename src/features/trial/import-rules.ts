/**
 * What the journal's import schema needs from this feature: the record types and the rules
 * their fields follow. Pure; no UI or model code comes with it.
 */
export type { QuickRating, TrialRecord } from './core/records';
export { maxTrialDays, ratingNoteMaxChars, stopReasons } from './core/records';
export { isBlockPlan, isDayKey } from './core/schedule';
