/** What the app and other features may use of "your spot" (issue 17). */
export type { SpotMark, MarkOutcome } from './core/records';
export type { SpotStore } from './ports';
export { StepSpotPicture } from './ui/step-spot-picture';
export { SpotJournalLines } from './ui/journal-lines';
export { AnchorPictureWithSpot, ForgetSpots, PrintPictureWithSpot } from './ui/guide-spot';
export { markOutcomes, maxSpotMarks } from './data';
