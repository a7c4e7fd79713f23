/** What the app and other features may use of the personal trial (issue 18). */
export type { TrialModel } from './model/trial-model';
export { trialRunningKey } from './data';
