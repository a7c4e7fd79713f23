import { signal } from '@preact/signals';
import { describe, expect, it } from 'vitest';
import { createMemorySettings } from '../../../../test/memory-settings';
import { PlanError } from '../core/planner';
import { defaultSetup, loadSetup, saveSetup, startOptionsOf } from './session-setup';
import { createSetupModel } from './setup-model';

function setUp(isPregnant = false) {
  const settings = createMemorySettings();
  const pregnant = signal(isPregnant);
  const model = createSetupModel({ settings, isPregnant: pregnant, language: signal('en') });
  return { settings, pregnant, model };
}

describe('the set-up model', () => {
  it('starts from the remembered choices and remembers each change', () => {
    const settings = createMemorySettings();
    saveSetup(settings, { ...defaultSetup, painSide: 'right' });
    const model = createSetupModel({
      settings,
      isPregnant: signal(false),
      language: signal('en'),
    });
    expect(model.setup.value.painSide).toBe('right');
    model.update({ preset: 'full' });
    expect(loadSetup(settings)).toEqual({ ...defaultSetup, painSide: 'right', preset: 'full' });
  });

  it('derives the plan, the summary and what Start starts once per change, as one object', () => {
    const { model } = setUp();
    const options = model.startOptions.value;
    expect(options).toEqual(startOptionsOf(defaultSetup, false));
    // Read again without a change: the very same objects, nothing planned again.
    expect(model.startOptions.value).toBe(options);
    const plan = model.plan.value;
    expect(model.plan.value).toBe(plan);
    model.update({ painSide: 'both' });
    expect(model.plan.value).not.toBe(plan);
    expect(model.startOptions.value).not.toBe(options);
    expect(model.startOptions.value?.painSide).toBe('both');
  });

  it('follows the pregnancy answer: GB21 and LI4 leave the plan', () => {
    const { model, pregnant } = setUp();
    const ids = () => {
      const plan = model.plan.value;
      return plan instanceof PlanError ? [] : plan.steps.map((step) => step.pointId);
    };
    expect(ids()).toContain('GB21');
    pregnant.value = true;
    expect(ids()).not.toContain('GB21');
    expect(ids()).not.toContain('LI4');
    expect(model.startOptions.value?.planOptions.isPregnant).toBe(true);
  });

  it('offers no start when the choices make no routine', () => {
    const { model } = setUp();
    model.update({ preset: 'custom', customHoldMs: 1000 });
    expect(model.plan.value).toBeInstanceOf(PlanError);
    expect(model.summary.value.kind).toBe('invalid');
    expect(model.startOptions.value).toBeNull();
  });
});
