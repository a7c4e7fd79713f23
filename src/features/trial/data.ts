/** Settings key: a trial is running (Home reads it without loading the trial or the database). */
export const trialRunningKey = 'trial.running';
