/** What the app and other features may use of "your spot" (where each person finds each point). */
export type { ZoneXy } from '../../domain/zone-frame';
export type { MarkAnswer } from './core/judge';
export type { SpotEstimate } from '../../domain/zone-frame';
export type { AnswerOutcome, SpotsModel } from './model/spots-model';
export { createSpotsModel } from './model/spots-model';
export { keyStepRadii, withinReach, zoneMiddle } from '../../domain/zone-frame';
