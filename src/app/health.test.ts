import { beforeEach, describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { planSession, type PainSide } from '../core/planner';
import { pointIds } from '../core/points';
import { createMemorySettings } from '../../test/memory-settings';
import {
  completeScreening,
  health,
  healthBlocker,
  healthKey,
  isScreeningDone,
  loadHealth,
  setCondition,
  updateHealth,
} from './health';

describe('health answers', () => {
  beforeEach(() => loadHealth(createMemorySettings()));

  it('starts unscreened and not pregnant', () => {
    expect(health.value).toEqual({ isPregnant: false });
    expect(isScreeningDone()).toBe(false);
  });

  it('remembers "none of these apply" with its time, across a reload', () => {
    const settings = createMemorySettings();
    loadHealth(settings);
    completeScreening(1_700_000_000_000);
    loadHealth(settings);
    expect(health.value.screenedAtEpochMs).toBe(1_700_000_000_000);
    expect(isScreeningDone()).toBe(true);
  });

  it('asks the health questions after the list until they are answered, then goes on at once', () => {
    expect(completeScreening(1)).toBe('health-questions');
    updateHealth({ isAdult: true });
    expect(completeScreening(2)).toBe('go-on');
    setCondition('cancer', true);
    expect(completeScreening(3)).toBe('health-questions');
  });

  it('keeps an under-18 user from a session even after screening', () => {
    completeScreening(1);
    updateHealth({ isAdult: false });
    expect(healthBlocker()).toBe('under-18');
    expect(isScreeningDone()).toBe(false);
  });

  it('asks for a doctor first with a condition, and lets the user go on once they have', () => {
    completeScreening(1);
    setCondition('osteoporosis', true);
    expect(healthBlocker()).toBe('ask-doctor');
    expect(isScreeningDone()).toBe(false);
    updateHealth({ hasAskedDoctor: true });
    expect(isScreeningDone()).toBe(true);
  });

  it("asks again for the doctor's agreement when a new condition is added", () => {
    completeScreening(1);
    setCondition('cancer', true);
    updateHealth({ hasAskedDoctor: true });
    setCondition('cancer', true);
    expect(health.value.hasAskedDoctor).toBe(true);
    setCondition('blood-thinners', true);
    expect(health.value.hasAskedDoctor).toBe(false);
    expect(health.value.conditions).toEqual(['blood-thinners', 'cancer']);
    setCondition('blood-thinners', false);
    setCondition('cancer', false);
    expect(healthBlocker()).toBeUndefined();
  });

  it('drops unknown conditions and non-boolean pregnancy from stored settings', () => {
    loadHealth(
      createMemorySettings({
        [healthKey]: { isPregnant: 'yes', conditions: ['cancer', '__proto__', 7] },
      }),
    );
    expect(health.value).toEqual({ isPregnant: false, conditions: ['cancer'] });
  });

  it('keeps the contract the session reads: screenedAtEpochMs and isPregnant alone suffice', () => {
    expect(isScreeningDone({ screenedAtEpochMs: 5, isPregnant: true })).toBe(true);
    expect(isScreeningDone({ isPregnant: false })).toBe(false);
  });

  it('in pregnancy mode, no plan built from the answers holds GB21 or LI4, for any input', () => {
    const painSide = fc.constantFrom<PainSide>('left', 'right', 'both', 'middle');
    const ids = fc.subarray([...pointIds]);
    fc.assert(
      fc.property(
        painSide,
        ids,
        ids,
        fc.integer({ min: 20_000, max: 600_000 }),
        (side, leaveOut, order, holdMs) => {
          updateHealth({ isPregnant: true });
          const plan = planSession(side, {
            isPregnant: health.value.isPregnant,
            leaveOut,
            order,
            holdMs,
          });
          const planned = plan.steps.map((step) => step.pointId);
          expect(planned).not.toContain('GB21');
          expect(planned).not.toContain('LI4');
        },
      ),
    );
  });
});
