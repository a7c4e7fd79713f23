import { describe, expect, it } from 'vitest';
import { screeningFreshForTrialMs, trialGateStep } from './gate';

const now = 1_800_000_000_000;
const base = {
  isSettingUp: true,
  isRunning: false,
  screeningStep: undefined,
  screenedAtEpochMs: now - 60_000,
  lastTrialEndedAtEpochMs: undefined,
  nowEpochMs: now,
} as const;

describe('the trial gate', () => {
  it('lets a new trial be set up only after the warning signs were read in the last hour', () => {
    expect(trialGateStep(base)).toBeUndefined();
    expect(trialGateStep({ ...base, screenedAtEpochMs: now - screeningFreshForTrialMs - 1 })).toBe(
      'list',
    );
    expect(trialGateStep({ ...base, screenedAtEpochMs: undefined })).toBe('list');
  });

  it('shows the list again for each new trial: a screening before the last trial ended is old', () => {
    expect(trialGateStep({ ...base, lastTrialEndedAtEpochMs: now - 30_000 })).toBe('list');
    expect(trialGateStep({ ...base, lastTrialEndedAtEpochMs: now - 120_000 })).toBeUndefined();
  });

  it('asks the age question when the list is fresh but it is not answered', () => {
    expect(trialGateStep({ ...base, screeningStep: 'health' })).toBe('health');
  });

  it('asks of a running trial what a session asks, and nothing of an ended trial’s result', () => {
    const old = { ...base, screenedAtEpochMs: now - 10 * screeningFreshForTrialMs };
    expect(trialGateStep({ ...old, isSettingUp: false, isRunning: true })).toBeUndefined();
    expect(
      trialGateStep({ ...old, isSettingUp: false, isRunning: true, screeningStep: 'list' }),
    ).toBe('list');
    expect(trialGateStep({ ...old, isSettingUp: false, screeningStep: 'list' })).toBeUndefined();
  });
});
