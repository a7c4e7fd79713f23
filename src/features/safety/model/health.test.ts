import { beforeEach, describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { planSession } from '../../session';
import { type PainSide, pointIds } from '../../../domain/points';
import { createMemorySettings } from '../../../../test/memory-settings';
import { createHealth, healthKey, sanitizeHealth, type HealthModel } from './health';
import { healthBlocker, isScreeningDone } from '../core/health';

describe('health answers', () => {
  let health: HealthModel;
  beforeEach(() => {
    health = createHealth(createMemorySettings());
  });

  it('starts unscreened and not pregnant', () => {
    expect(health.answers.value).toEqual({ isPregnant: false });
    expect(health.isScreeningDone.value).toBe(false);
  });

  it('remembers "none of these apply" with its time, across a reload', () => {
    const settings = createMemorySettings();
    createHealth(settings).completeScreening(1_700_000_000_000);
    createHealth(settings).update({ isAdult: true });
    const reloaded = createHealth(settings);
    expect(reloaded.answers.value.screenedAtEpochMs).toBe(1_700_000_000_000);
    expect(reloaded.isScreeningDone.value).toBe(true);
  });

  it('asks the health questions after the list until they are answered, then goes on at once', () => {
    expect(health.completeScreening(1)).toBe('health-questions');
    health.update({ isAdult: true });
    expect(health.completeScreening(2)).toBe('go-on');
    health.setCondition('other-long-term', true);
    expect(health.completeScreening(3)).toBe('health-questions');
  });

  it('keeps an under-18 user from a session even after screening', () => {
    health.completeScreening(1);
    health.update({ isAdult: false });
    expect(healthBlocker(health.answers.value)).toBe('under-18');
    expect(health.isScreeningDone.value).toBe(false);
  });

  it('keeps the session closed until "Yes, I am 18 or older", even after the list', () => {
    health.completeScreening(1);
    expect(health.isScreeningDone.value).toBe(false);
    expect(health.stepNeeded.value).toBe('health');
    health.update({ isAdult: true });
    expect(health.isScreeningDone.value).toBe(true);
  });

  it("records a doctor's clearance for its statement only: the list is still to finish", () => {
    health.update({ isAdult: true });
    health.chooseFlag('risk-history');
    expect(health.stepNeeded.value).toBe('list');
    health.clearFlag('risk-history');
    expect(health.answers.value.clearedFlags).toEqual(['risk-history']);
    // A cancer survivor cleared years ago may now have pain that wakes them at night: the
    // clearance alone does not finish the screening.
    expect(health.answers.value.screenedAtEpochMs).toBeUndefined();
    expect(health.stepNeeded.value).toBe('list');
    expect(health.completeScreening(7)).toBe('go-on');
    expect(health.answers.value.chosenFlags).toEqual(['risk-history']);
    expect(health.isScreeningDone.value).toBe(true);
  });

  it('reopens the list whenever a statement is chosen, and asks again for a new one', () => {
    health.update({ isAdult: true });
    health.chooseFlag('risk-history');
    health.clearFlag('risk-history');
    health.completeScreening(1);
    expect(health.isScreeningDone.value).toBe(true);
    health.chooseFlag('constant-or-night-pain');
    expect(health.isScreeningDone.value).toBe(false);
    expect(health.stepNeeded.value).toBe('list');
    health.clearFlag('constant-or-night-pain');
    expect(health.completeScreening(2)).toBe('go-on');
    expect(health.answers.value.clearedFlags).toEqual(['risk-history', 'constant-or-night-pain']);
  });

  it('lets only "doctor first" statements be cleared, never an emergency or "today" one', () => {
    health.update({ isAdult: true });
    health.completeScreening(1);
    health.chooseFlag('neck-injury');
    // Choosing an emergency sign closes the session until the list is finished again.
    expect(health.isScreeningDone.value).toBe(false);
    health.clearFlag('neck-injury');
    expect(health.answers.value.clearedFlags).toBeUndefined();
    expect(health.answers.value.screenedAtEpochMs).toBeUndefined();
  });

  it('shows the list again after 14 days with no session, and not while sessions go on', () => {
    const day = 86_400_000;
    const clock: { now: number; lastSession?: number } = { now: 100 * day };
    const settings = createMemorySettings();
    const ports = { now: () => clock.now, lastSessionAtEpochMs: () => clock.lastSession };
    const clocked = createHealth(settings, ports);
    clocked.update({ isAdult: true });
    clocked.completeScreening(clock.now);
    clock.now += 14 * day;
    clocked.recheck();
    expect(clocked.isScreeningDone.value).toBe(true);
    clock.now += 1;
    clocked.recheck();
    expect(clocked.stepNeeded.value).toBe('list');
    // A session 10 days ago keeps the screening current.
    clock.lastSession = clock.now - 10 * day;
    clocked.recheck();
    expect(clocked.isScreeningDone.value).toBe(true);
    // Read when the app starts, too: 15 days after that session, the list is due.
    clock.now = clock.lastSession + 15 * day;
    expect(createHealth(settings, ports).stepNeeded.value).toBe('list');
  });

  it('drops a statement chosen by mistake when the user then says none apply', () => {
    health.update({ isAdult: true });
    health.chooseFlag('lump-or-spine-tenderness');
    expect(health.completeScreening(1)).toBe('go-on');
    expect(health.answers.value.chosenFlags).toBeUndefined();
  });

  it('asks for a doctor first with a condition, and lets the user go on once they have', () => {
    health.completeScreening(1);
    health.update({ isAdult: true });
    health.setCondition('osteoporosis', true);
    expect(healthBlocker(health.answers.value)).toBe('ask-doctor');
    expect(health.isScreeningDone.value).toBe(false);
    health.update({ hasAskedDoctor: true });
    expect(health.isScreeningDone.value).toBe(true);
  });

  it("asks again for the doctor's agreement when a new condition is added", () => {
    health.completeScreening(1);
    health.setCondition('cancer', true);
    health.update({ hasAskedDoctor: true });
    health.setCondition('cancer', true);
    expect(health.answers.value.hasAskedDoctor).toBe(true);
    health.setCondition('blood-thinners', true);
    expect(health.answers.value.hasAskedDoctor).toBe(false);
    expect(health.answers.value.conditions).toEqual(['blood-thinners', 'cancer']);
    health.setCondition('blood-thinners', false);
    health.setCondition('cancer', false);
    expect(healthBlocker(health.answers.value)).toBeUndefined();
  });

  it('drops unknown conditions and statements and non-boolean pregnancy from stored settings', () => {
    health = createHealth(
      createMemorySettings({
        [healthKey]: {
          isPregnant: 'yes',
          conditions: ['cancer', '__proto__', 7],
          chosenFlags: ['risk-history', 'neck-injury', 'risk-history'],
          clearedFlags: 'all',
        },
      }),
    );
    expect(health.answers.value).toEqual({
      isPregnant: false,
      conditions: ['cancer'],
      chosenFlags: ['risk-history'],
    });
  });

  it('never counts a damaged screening time or age answer as screened or adult', () => {
    health = createHealth(
      createMemorySettings({
        [healthKey]: { screenedAtEpochMs: 'yesterday', isAdult: 'yes', hasAskedDoctor: 1 },
      }),
    );
    expect(health.answers.value).toEqual({ isPregnant: false });
    expect(health.stepNeeded.value).toBe('list');
    health = createHealth(createMemorySettings({ [healthKey]: 'screened' }));
    expect(health.answers.value).toEqual({ isPregnant: false });
  });

  it('reads any stored value, whatever it holds, as answers of the right kinds only', () => {
    const allowed = new Set([
      'screenedAtEpochMs',
      'isPregnant',
      'isAdult',
      'chosenFlags',
      'clearedFlags',
      'conditions',
      'hasAskedDoctor',
    ]);
    fc.assert(
      fc.property(fc.oneof(fc.jsonValue(), fc.object({ withNullPrototype: true })), (stored) => {
        const answers = sanitizeHealth(stored);
        expect(Object.keys(answers).every((key) => allowed.has(key))).toBe(true);
        expect(typeof answers.isPregnant).toBe('boolean');
        if (answers.screenedAtEpochMs !== undefined) {
          expect(Number.isFinite(answers.screenedAtEpochMs)).toBe(true);
        }
        for (const list of [answers.chosenFlags, answers.clearedFlags, answers.conditions]) {
          if (list) expect(new Set(list).size).toBe(list.length);
        }
      }),
    );
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
          health.update({ isPregnant: true });
          const plan = planSession(side, {
            isPregnant: health.answers.value.isPregnant,
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
