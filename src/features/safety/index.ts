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
export { health, isScreeningDone, screeningStepNeeded } from './model/health';
