/** What the app and other features may use of the personal trial (issue 18). */
export type { QuickRating, StopReason, TrialEnd, TrialRecord } from './core/records';
export type { DayKind } from './core/schedule';
export type { TrialStore } from './ports';
export { TrialTodaySlot } from './ui/home-slot';
export { TrialHistoryLink } from './ui/history-link';
export { isBlockPlan, isDayKey, maxTrialDays, ratingNoteMaxChars, stopReasons } from './data';
