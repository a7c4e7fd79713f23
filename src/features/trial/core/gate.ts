/**
 * The trial's safety gate (clinical.md "The personal trial"): the warning signs are
 * shown again at the start of each trial, so a new trial's set-up needs a screening read in the
 * last hour and after the previous trial ended; a running trial needs what a session needs (the
 * screening done and current, "Yes, I am 18 or older").
 */
export const screeningFreshForTrialMs = 60 * 60_000;

export type GateStep = 'list' | 'health';

export function trialGateStep(input: {
  /** Setting up a new trial (no trial running). */
  readonly isSettingUp: boolean;
  readonly isRunning: boolean;
  /** What the screening still needs for a session, if anything. */
  readonly screeningStep: GateStep | undefined;
  readonly screenedAtEpochMs: number | undefined;
  /** When the latest trial ended, if one did. */
  readonly lastTrialEndedAtEpochMs: number | undefined;
  readonly nowEpochMs: number;
}): GateStep | undefined {
  if (input.isRunning) return input.screeningStep;
  if (!input.isSettingUp) return undefined;
  const since = Math.max(
    input.lastTrialEndedAtEpochMs ?? -Infinity,
    input.nowEpochMs - screeningFreshForTrialMs,
  );
  const isFresh = input.screenedAtEpochMs !== undefined && input.screenedAtEpochMs >= since;
  return isFresh ? input.screeningStep : 'list';
}
