/** The components of trial that other features' screens show. */
export { TrialTodaySlot } from './ui/home-slot';
