/** What the app and other features may use of the personal trial. */
export type { TrialModel } from './model/trial-model';
export { trialRunningKey } from './data';
