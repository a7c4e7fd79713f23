/**
 * The spots' stored data, for the journal around it (database, export, import schema): the
 * record type and the rules its fields follow. Pure: no UI or model code comes with it.
 */
export type { MarkOutcome, SpotMark } from './core/records';
export { markOutcomes, maxSpotMarks } from './core/records';
export { farFromZoneRadii } from './core/frame';
export type { SpotStore } from './ports';
