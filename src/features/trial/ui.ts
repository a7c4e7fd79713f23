/** The components of trial that other features' screens show. */
export { TrialTodaySlot } from './ui/home-slot';
export { TrialHistoryLink } from './ui/history-link';
