/** What other features may use of safety: its rules, data and models. Its screens load through routes. */
export { emergencyNumberSources } from './core/emergency-numbers';
export {
  notBetterAdviceSources,
  redFlagAdvice,
  redFlagGroups,
  redFlags,
  redFlagsIn,
  stopSigns,
} from './core/red-flags';
export { healthBlocker, isScreeningDone, screeningStepNeeded } from './core/health';
export type { HealthAnswers, HealthConditionId } from './core/health';
export { createHealth } from './model/health';
export type { HealthModel } from './model/health';
