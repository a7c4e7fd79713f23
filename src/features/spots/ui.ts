/** The components and hooks of "your spot" that other features' screens use. */
export { useSpots } from './use-spots';
export { markerWords, savedWords, yourSpotWords } from './ui/words';
export { StepSpotPicture } from './ui/step-spot-picture';
export { SpotJournalLines } from './ui/journal-lines';
export { AnchorPictureWithSpot, ForgetSpots, PrintPictureWithSpot } from './ui/guide-spot';
