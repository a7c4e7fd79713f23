/** What the app and other features may use of "your spot" (issue 17). */
export type { ZoneXy } from './core/frame';
export type { MarkAnswer } from './core/judge';
export type { SpotEstimate } from './core/estimate';
export type { AnswerOutcome, SpotsModel } from './model/spots-model';
export { createSpotsModel } from './model/spots-model';
export { keyStepRadii, withinReach, zoneMiddle } from './core/frame';
