/** The components of safety that other features' screens show. */
export { HealthQuestions } from './ui/health-questions';
export { PregnancyNote } from './ui/pregnancy-note';
export { RedFlagList } from './ui/red-flag-list';
export { skinCautionList, skinCautionSentence } from './ui/skin-cautions';
export { EmergencyNumber, useEmergencyNumber } from './ui/emergency-number';
// The safety rules and words other screens show (the print sheet, the sources, the stop signs).
export { emergencyNumberSources } from './core/emergency-numbers';
export {
  notBetterAdviceSources,
  redFlagAdvice,
  redFlagGroups,
  redFlags,
  redFlagsIn,
  stopSigns,
} from './core/red-flags';
