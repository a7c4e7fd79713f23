import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { addDays, blockCountOf, planTrialDays, swapDayKinds, trialDayIndex } from './schedule';
import { daysOfDayKey } from '../../../domain/civil-date';
import { isBlockPlan } from '../../../domain/records/trial-record';

describe('the trial plan', () => {
  it('gives 7 blocks for 2 weeks, 10 for 3 and 14 for 4', () => {
    expect([blockCountOf(2), blockCountOf(3), blockCountOf(4)]).toEqual([7, 10, 14]);
  });

  it('puts one routine day and one comparison day in every block, for any seed', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 2 ** 32 - 1 }),
        fc.integer({ min: 1, max: 14 }),
        (seed, blocks) => {
          const days = planTrialDays(seed, blocks);
          expect(days).toHaveLength(blocks * 2);
          expect(isBlockPlan(days)).toBe(true);
        },
      ),
    );
  });

  it('gives the same plan for the same seed', () => {
    expect(planTrialDays(42, 7)).toEqual(planTrialDays(42, 7));
  });

  it('orders the blocks at random: seeds differ, and both orders occur', () => {
    const plans = new Set(Array.from({ length: 20 }, (_, seed) => planTrialDays(seed, 7).join()));
    expect(plans.size).toBeGreaterThan(10);
    const firsts = new Set(Array.from({ length: 50 }, (_, seed) => planTrialDays(seed, 1)[0]));
    expect(firsts).toEqual(new Set(['routine', 'comparison']));
  });

  it('recognises a plan that is not in blocks', () => {
    expect(isBlockPlan(['routine', 'routine'])).toBe(false);
    expect(isBlockPlan(['routine'])).toBe(false);
    expect(isBlockPlan([])).toBe(false);
    expect(isBlockPlan(swapDayKinds(planTrialDays(3, 4)))).toBe(true);
  });
});

describe('date keys', () => {
  it('count days across months, leap days and years', () => {
    expect(daysOfDayKey('1970-01-01')).toBe(0);
    expect(addDays('2028-02-28', 1)).toBe('2028-02-29');
    expect(addDays('2026-12-31', 1)).toBe('2027-01-01');
    expect(trialDayIndex('2026-12-01', '2026-12-14')).toBe(13);
  });

  it('round-trip through addDays for any offset', () => {
    fc.assert(
      fc.property(fc.integer({ min: -20_000, max: 20_000 }), (offset) => {
        expect(trialDayIndex('2026-12-01', addDays('2026-12-01', offset))).toBe(offset);
      }),
    );
  });
});
