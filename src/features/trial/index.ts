/** What the app and other features may use of the personal trial (issue 18). */
export type { PauseReason, QuickRating, StopReason, TrialEnd, TrialRecord } from './core/records';
export type { DayKind } from './core/schedule';
export type { TrialStore } from './ports';
export type { TrialModel } from './model/trial-model';
export { trialRunningKey } from './data';
export {
  isBlockPlan,
  isDayKey,
  maxTrialDays,
  pauseReasons,
  ratingNoteMaxChars,
  stopReasons,
} from './data';
