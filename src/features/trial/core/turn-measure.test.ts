import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { DayKind } from '../../../domain/records/trial-record';
import type { TurnRecord } from '../../../domain/records/turn-result';
import { retestSdDeg, smallestRealChangeDeg } from '../../../domain/turn-spread';
import { addDays } from './schedule';
import {
  analyzeTurnTrial,
  turnBlocksThatWouldTell,
  turnSumOf,
  turnTrialThresholdDeg,
  turnVerdictOf,
} from './turn-measure';

const start = '2026-12-01';
const dayKeyOf = (index: number) => addDays(start, index);
/** Local time is UTC in these examples. */
const utcMinutes = (epochMs: number) => Math.floor((epochMs % 86_400_000) / 60_000);
/** Measurement times 09:00 and 21:00. */
const ratingMinutes = [9 * 60, 21 * 60] as const;
let nextId = 0;
function turn(dayIndex: number, left: number, right: number, extra: Partial<TurnRecord> = {}) {
  nextId += 1;
  return {
    id: `t${nextId}`,
    atEpochMs: Date.UTC(2026, 11, 1 + dayIndex, 9),
    dayKey: dayKeyOf(dayIndex),
    left: { degrees: left, atLeast: false },
    right: { degrees: right, atLeast: false },
    trialId: 'trial-1',
    ...extra,
  } satisfies TurnRecord;
}

/** Routine-first blocks, one turn test a day, each day's left and right given as a sum split evenly. */
function trialOf(pairs: readonly (readonly [number, number])[]) {
  const days: DayKind[] = pairs.flatMap(() => ['routine', 'comparison'] as const);
  const turns = pairs.flatMap(([routine, comparison], block) => [
    turn(block * 2, routine / 2, routine / 2),
    turn(block * 2 + 1, comparison / 2, comparison / 2),
  ]);
  return { trial: { id: 'trial-1', startDayKey: start, days, ratingMinutes }, turns };
}
const analyze = (input: ReturnType<typeof trialOf>) =>
  analyzeTurnTrial(input.trial, input.turns, dayKeyOf, utcMinutes);

describe('the turn trial threshold', () => {
  it('is the smallest real change of a sum of two sides, from the test’s own spread: 6°', () => {
    // SD of a sum of two sides: √2 · 1.5 = 2.12°; 1.96 · √2 · 2.12 = 5.88, rounded up: 6.
    expect(turnTrialThresholdDeg).toBe(smallestRealChangeDeg(Math.SQRT2 * retestSdDeg));
    expect(turnTrialThresholdDeg).toBe(6);
  });
});

describe('the day’s value: the sum of both sides', () => {
  it('adds left and right, and has none without both sides', () => {
    expect(turnSumOf(turn(0, 50, 40))).toBe(90);
    expect(turnSumOf({ left: { degrees: 50, atLeast: false } })).toBeUndefined();
    expect(turnSumOf({})).toBeUndefined();
  });

  it('does not change when the middle sits off by a few degrees (one side gains what the other loses)', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 10, max: 80 }),
        fc.integer({ min: 10, max: 80 }),
        fc.integer({ min: -8, max: 8 }),
        (l, r, off) => {
          expect(turnSumOf(turn(0, l + off, r - off))).toBe(turnSumOf(turn(0, l, r)));
        },
      ),
    );
  });
});

describe('the turn analysis, on a worked example you can check by hand', () => {
  // Four blocks, routine minus comparison (sums): +12, +10, +14, +12. Mean +12, SD √(8/3) = 1.633,
  // t(0.975, 3) = 3.182, half-width = 3.182 × 1.633 / 2 = 2.598: interval +9.40 to +14.60, wholly
  // above +6°: "larger on routine days".
  const example = trialOf([
    [100, 88],
    [96, 86],
    [104, 90],
    [98, 86],
  ]);
  const analysis = analyze(example);

  it('gives the hand-computed mean and interval, and the verdict "larger"', () => {
    expect(analysis.completeBlocks).toBe(4);
    expect(analysis.meanDifference).toBeCloseTo(12, 6);
    expect(analysis.interval!.low).toBeCloseTo(9.402, 2);
    expect(analysis.interval!.high).toBeCloseTo(14.598, 2);
    expect(turnVerdictOf(analysis)).toBe('turn-larger');
    expect(analysis.days[0]!.meanValue).toBe(100);
  });

  it('reads the same example mirrored (routine days smaller) as "smaller"', () => {
    const mirrored = analyze(
      trialOf([
        [88, 100],
        [86, 96],
        [90, 104],
        [86, 98],
      ]),
    );
    expect(turnVerdictOf(mirrored)).toBe('turn-smaller');
  });

  it('uses only this trial’s own tests, never tests taken with a session or for another trial', () => {
    const extra = [
      turn(0, 10, 10, { trialId: 'other' }),
      { ...turn(1, 80, 80), trialId: undefined, sessionId: 's1', moment: 'after' as const },
    ].map(({ trialId, ...rest }) => (trialId ? { ...rest, trialId } : rest));
    // Earlier than the example's tests, so each would be the first in its window if it counted.
    const early = extra.map((each) => ({ ...each, atEpochMs: each.atEpochMs - 60_000 }));
    const again = analyzeTurnTrial(
      example.trial,
      [...example.turns, ...early],
      dayKeyOf,
      utcMinutes,
    );
    expect(again.meanDifference).toBeCloseTo(12, 6);
    expect(again.days[0]!.noteCount).toBe(0);
  });

  it('skips a test with one side unmeasured: the next test in the window counts', () => {
    const { right: _right, ...withoutRight } = turn(0, 30, 30, {
      atEpochMs: Date.UTC(2026, 11, 1, 8, 30),
    });
    expect(_right).toBeDefined();
    const again = analyzeTurnTrial(
      example.trial,
      [withoutRight, ...example.turns],
      dayKeyOf,
      utcMinutes,
    );
    expect(again.days[0]!.meanValue).toBe(100);
    expect(again.days[0]!.ratingCount).toBe(1);
  });

  it('counts only the first test near each time; a test outside both windows is a note', () => {
    const late = turn(0, 10, 10, { atEpochMs: Date.UTC(2026, 11, 1, 9, 30) });
    const offWindow = turn(0, 10, 10, { atEpochMs: Date.UTC(2026, 11, 1, 15, 0) });
    const again = analyzeTurnTrial(
      example.trial,
      [...example.turns, late, offWindow],
      dayKeyOf,
      utcMinutes,
    );
    expect(again.days[0]!.meanValue).toBe(100);
    expect(again.days[0]!.noteCount).toBe(2);
  });
});

describe('the turn verdict', () => {
  const t = turnTrialThresholdDeg;
  it('calls a difference only when the whole interval lies beyond the test’s spread', () => {
    expect(turnVerdictOf({})).toBe('cant-tell');
    expect(turnVerdictOf({ interval: { low: t + 0.1, high: 20 } })).toBe('turn-larger');
    expect(turnVerdictOf({ interval: { low: t - 0.1, high: 20 } })).toBe('cant-tell');
    expect(turnVerdictOf({ interval: { low: -20, high: -t - 0.1 } })).toBe('turn-smaller');
    expect(turnVerdictOf({ interval: { low: -t + 0.1, high: t - 0.1 } })).toBe(
      'turn-no-difference',
    );
    expect(turnVerdictOf({ interval: { low: 1, high: t } })).toBe('cant-tell');
  });

  it('property: "larger" or "smaller" only when every value in the interval is beyond the spread', () => {
    fc.assert(
      fc.property(
        fc.double({ min: -60, max: 60, noNaN: true }),
        fc.double({ min: 0, max: 60, noNaN: true }),
        (low, width) => {
          const interval = { low, high: low + width };
          const verdict = turnVerdictOf({ interval });
          if (verdict === 'turn-larger') expect(interval.low).toBeGreaterThan(t);
          if (verdict === 'turn-smaller') expect(interval.high).toBeLessThan(-t);
          if (verdict === 'turn-no-difference') {
            expect(interval.low).toBeGreaterThan(-t);
            expect(interval.high).toBeLessThan(t);
          }
        },
      ),
    );
  });

  it('property: swapping routine and comparison days mirrors the verdict', () => {
    const mirror = { 'turn-larger': 'turn-smaller', 'turn-smaller': 'turn-larger' } as const;
    fc.assert(
      fc.property(
        fc.array(fc.tuple(fc.integer({ min: 40, max: 160 }), fc.integer({ min: 40, max: 160 })), {
          minLength: 3,
          maxLength: 8,
        }),
        (pairs) => {
          const verdict = turnVerdictOf(analyze(trialOf(pairs.map(([a, b]) => [a * 2, b * 2]))));
          const swapped = turnVerdictOf(analyze(trialOf(pairs.map(([a, b]) => [b * 2, a * 2]))));
          expect(swapped).toBe(
            verdict === 'turn-larger' || verdict === 'turn-smaller' ? mirror[verdict] : verdict,
          );
        },
      ),
    );
  });

  it('says how many blocks would tell, for a steady difference with some spread', () => {
    // Differences +8, +10, +6: mean 8, SD 2; half-width with n blocks = t(n−1) · 2 / √n. Beyond
    // 6° needs half-width < 2: n = 7 (t 2.447 · 2 / 2.646 = 1.85); n = 6 gives 2.571 · 2 / 2.449 = 2.10.
    const analysis = analyze(
      trialOf([
        [108, 100],
        [110, 100],
        [106, 100],
      ]),
    );
    expect(turnVerdictOf(analysis)).toBe('cant-tell');
    expect(turnBlocksThatWouldTell(analysis)).toBe(7);
  });
});
