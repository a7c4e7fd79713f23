/** What other features may use of the turn test: its rules and ports. Its screen loads through routes. */
export type { TurnPlatform } from './ports';
export type { TurnResultsModel } from './model/turn-results';
export { reportCapDeg, retestSdDeg, smallestRealChangeDeg } from './core/turn-test';
