import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { planSession, PlanError, withMoreTime } from './planner';
import { type PainSide, pointIds, type PointId } from '../../../domain/points';

const sidesOf = (painSide: PainSide, pointId: PointId, isPregnant = false) =>
  planSession(painSide, { isPregnant })
    .steps.filter((step) => step.pointId === pointId)
    .map((step) => step.side);

const painSides: PainSide[] = ['left', 'right', 'both', 'middle'];

describe('planSession', () => {
  it('puts Luozhen on the right hand when the left side hurts', () => {
    expect(sidesOf('left', 'EX-UE8')).toEqual(['right']);
  });

  it('puts Luozhen on the left hand when the right side hurts', () => {
    expect(sidesOf('right', 'EX-UE8')).toEqual(['left']);
  });

  it('puts Luozhen on both hands when both sides or the middle hurt', () => {
    expect(sidesOf('both', 'EX-UE8')).toEqual(['left', 'right']);
    expect(sidesOf('middle', 'EX-UE8')).toEqual(['left', 'right']);
  });

  it('presses Houxi on both hands, the painful side first', () => {
    expect(sidesOf('left', 'SI3')).toEqual(['left', 'right']);
    expect(sidesOf('right', 'SI3')).toEqual(['right', 'left']);
    expect(sidesOf('both', 'SI3')).toEqual(['left', 'right']);
    expect(sidesOf('middle', 'SI3')).toEqual(['left', 'right']);
  });

  it('presses Hegu on each hand', () => {
    for (const painSide of painSides)
      expect(sidesOf(painSide, 'LI4').sort()).toEqual(['left', 'right']);
  });

  it('pulses Fengchi on the painful side first, then the other', () => {
    expect(sidesOf('left', 'GB20')).toEqual(['left', 'right']);
    expect(sidesOf('right', 'GB20')).toEqual(['right', 'left']);
    const fengchi = planSession('right').steps.find((step) => step.pointId === 'GB20');
    expect(fengchi?.technique).toEqual({
      kind: 'pulse',
      pulseOnMs: 3000,
      pulseOffMs: 1000,
      pulsesPerSide: 10,
    });
    expect(fengchi?.durationMs).toBe(40_000);
  });

  it('presses Jianjing on both shoulders', () => {
    for (const painSide of painSides)
      expect(sidesOf(painSide, 'GB21').sort()).toEqual(['left', 'right']);
  });

  it("follows the article's order of points by default", () => {
    const order = [...new Set(planSession('left').steps.map((step) => step.pointId))];
    expect(order).toEqual(['SI3', 'EX-UE8', 'LI4', 'GB20', 'GB21']);
  });

  it('gives nine steps for a one-sided pain and ten for both sides', () => {
    expect(planSession('left').steps).toHaveLength(9);
    expect(planSession('both').steps).toHaveLength(10);
  });

  it('leaves Jianjing and Hegu out in pregnancy, for every pain side', () => {
    for (const painSide of painSides) {
      const ids = planSession(painSide, { isPregnant: true }).steps.map((step) => step.pointId);
      expect(ids).not.toContain('GB21');
      expect(ids).not.toContain('LI4');
      expect(ids).toContain('SI3');
      expect(ids).toContain('GB20');
    }
  });

  it('keeps Jianjing and Hegu when not pregnant', () => {
    const ids = planSession('left', { isPregnant: false }).steps.map((step) => step.pointId);
    expect(ids).toContain('GB21');
    expect(ids).toContain('LI4');
  });

  it('leaves out the points the user chose to drop', () => {
    const ids = planSession('left', { leaveOut: ['SI3', 'GB21'] }).steps.map((s) => s.pointId);
    expect(ids).not.toContain('SI3');
    expect(ids).not.toContain('GB21');
  });

  it('follows a chosen order, keeping the rest in the article order after it', () => {
    const order = [
      ...new Set(planSession('left', { order: ['GB21', 'GB20'] }).steps.map((s) => s.pointId)),
    ];
    expect(order).toEqual(['GB21', 'GB20', 'SI3', 'EX-UE8', 'LI4']);
  });

  it('uses a one-minute hold by default and the chosen hold otherwise', () => {
    expect(planSession('left').steps[0]?.durationMs).toBe(60_000);
    expect(planSession('left', { holdMs: 30_000 }).steps[0]?.durationMs).toBe(30_000);
  });

  it('refuses a hold under 20 seconds, citing the article', () => {
    expect(() => planSession('left', { holdMs: 19_999 })).toThrow(PlanError);
    expect(() => planSession('left', { holdMs: 19_999 })).toThrow(/at least 20 seconds/);
  });

  it('refuses a hold over 10 minutes', () => {
    expect(() => planSession('left', { holdMs: 600_001 })).toThrow(/at most 10 minutes/);
  });

  it('accepts holds of exactly 20 seconds and 10 minutes', () => {
    expect(planSession('left', { holdMs: 20_000 }).holdMs).toBe(20_000);
    expect(planSession('left', { holdMs: 600_000 }).holdMs).toBe(600_000);
  });

  it('never plans Jianjing or Hegu in pregnancy, whatever the other options', () => {
    fc.assert(
      fc.property(
        fc.constantFrom<PainSide>(...painSides),
        fc.integer({ min: 20_000, max: 600_000 }),
        fc.subarray([...pointIds]),
        fc.shuffledSubarray([...pointIds]),
        (painSide, holdMs, leaveOut, order) => {
          const steps = planSession(painSide, { holdMs, leaveOut, order, isPregnant: true }).steps;
          return steps.every((step) => step.pointId !== 'GB21' && step.pointId !== 'LI4');
        },
      ),
    );
  });
});

describe('more time during a session', () => {
  it('lengthens only the chosen step’s hold', () => {
    const plain = planSession('left', { holdMs: 60_000 });
    const longer = planSession('left', withMoreTime({ holdMs: 60_000 }, 2, 30_000));
    expect(longer.steps.map((step) => step.durationMs)).toEqual(
      plain.steps.map((step, index) => step.durationMs + (index === 2 ? 30_000 : 0)),
    );
  });

  it('adds up when asked twice for the same step', () => {
    const twice = withMoreTime(withMoreTime({ holdMs: 30_000 }, 0, 30_000), 0, 30_000);
    expect(planSession('right', twice).steps[0]?.durationMs).toBe(90_000);
  });

  it('leaves Fengchi’s ten presses as they are', () => {
    const plain = planSession('both', { holdMs: 60_000 });
    const fengchi = plain.steps.findIndex((step) => step.pointId === 'GB20');
    const asked = planSession('both', withMoreTime({ holdMs: 60_000 }, fengchi, 30_000));
    expect(asked.steps[fengchi]?.durationMs).toBe(plain.steps[fengchi]?.durationMs);
  });

  it('refuses a hold longer than ten minutes', () => {
    const options = withMoreTime({ holdMs: 590_000 }, 0, 30_000);
    expect(() => planSession('left', options)).toThrow(PlanError);
  });
});
