import { beforeEach, describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { planSession, type PainSide } from '../../session';
import { pointIds } from '../../guide';
import { createMemorySettings } from '../../../../test/memory-settings';
import {
  chooseFlag,
  clearFlag,
  completeScreening,
  health,
  healthBlocker,
  healthKey,
  isScreeningDone,
  loadHealth,
  screeningStepNeeded,
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
    updateHealth({ isAdult: true });
    loadHealth(settings);
    expect(health.value.screenedAtEpochMs).toBe(1_700_000_000_000);
    expect(isScreeningDone()).toBe(true);
  });

  it('asks the health questions after the list until they are answered, then goes on at once', () => {
    expect(completeScreening(1)).toBe('health-questions');
    updateHealth({ isAdult: true });
    expect(completeScreening(2)).toBe('go-on');
    setCondition('other-long-term', true);
    expect(completeScreening(3)).toBe('health-questions');
  });

  it('keeps an under-18 user from a session even after screening', () => {
    completeScreening(1);
    updateHealth({ isAdult: false });
    expect(healthBlocker()).toBe('under-18');
    expect(isScreeningDone()).toBe(false);
  });

  it('keeps the session closed until "Yes, I am 18 or older", even after the list', () => {
    completeScreening(1);
    expect(isScreeningDone()).toBe(false);
    expect(screeningStepNeeded()).toBe('health');
    updateHealth({ isAdult: true });
    expect(isScreeningDone()).toBe(true);
  });

  it("records a doctor's clearance for a chosen statement and finishes the list with it", () => {
    chooseFlag('risk-history');
    expect(screeningStepNeeded()).toBe('list');
    expect(clearFlag('risk-history', 7)).toBe('health-questions');
    expect(health.value.screenedAtEpochMs).toBe(7);
    expect(screeningStepNeeded()).toBe('health');
    updateHealth({ isAdult: true });
    expect(isScreeningDone()).toBe(true);
  });

  it('asks again when a new "doctor first" statement is chosen after a clearance', () => {
    updateHealth({ isAdult: true });
    chooseFlag('risk-history');
    expect(clearFlag('risk-history', 1)).toBe('go-on');
    chooseFlag('risk-history');
    expect(isScreeningDone()).toBe(true);
    chooseFlag('constant-or-night-pain');
    expect(isScreeningDone()).toBe(false);
    expect(screeningStepNeeded()).toBe('list');
    expect(clearFlag('constant-or-night-pain', 2)).toBe('go-on');
    expect(health.value.clearedFlags).toEqual(['risk-history', 'constant-or-night-pain']);
  });

  it('lets only "doctor first" statements be cleared, never an emergency or "today" one', () => {
    updateHealth({ isAdult: true });
    chooseFlag('neck-injury');
    expect(clearFlag('neck-injury', 1)).toBe('health-questions');
    expect(health.value.clearedFlags).toBeUndefined();
    expect(health.value.screenedAtEpochMs).toBeUndefined();
  });

  it('drops a statement chosen by mistake when the user then says none apply', () => {
    updateHealth({ isAdult: true });
    chooseFlag('lump-or-spine-tenderness');
    expect(completeScreening(1)).toBe('go-on');
    expect(health.value.chosenFlags).toBeUndefined();
  });

  it('asks for a doctor first with a condition, and lets the user go on once they have', () => {
    completeScreening(1);
    updateHealth({ isAdult: true });
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

  it('drops unknown conditions and statements and non-boolean pregnancy from stored settings', () => {
    loadHealth(
      createMemorySettings({
        [healthKey]: {
          isPregnant: 'yes',
          conditions: ['cancer', '__proto__', 7],
          chosenFlags: ['risk-history', 'neck-injury', 'risk-history'],
          clearedFlags: 'all',
        },
      }),
    );
    expect(health.value).toEqual({
      isPregnant: false,
      conditions: ['cancer'],
      chosenFlags: ['risk-history'],
    });
  });

  it('keeps the contract the session reads: screened and an adult, nothing less', () => {
    expect(isScreeningDone({ screenedAtEpochMs: 5, isPregnant: true, isAdult: true })).toBe(true);
    expect(isScreeningDone({ screenedAtEpochMs: 5, isPregnant: true })).toBe(false);
    expect(isScreeningDone({ isPregnant: false, isAdult: true })).toBe(false);
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
