/** The trial's screens, loaded when opened (the app's router adds them as lazy routes). */
export const loadTrialScreen = () => import('./ui/trial-screen').then((m) => m.TrialScreen);
export const loadTrialSummary = () => import('./ui/trial-summary').then((m) => m.TrialSummary);
