import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { QuickRating } from '../../../domain/records/quick-rating';
import {
  analyzeTrial,
  blocksThatWouldTell,
  meaningfulChange0to10,
  stopReasonsOf,
  verdictOf,
  type TrialAnalysis,
} from './analysis';
import { addDays, swapDayKinds } from './schedule';
import type { DayKind } from '../../../domain/records/trial-record';
import { tQuantile975 } from './t-quantiles';

const start = '2026-12-01';
const dayKeyOf = (index: number) => addDays(start, index);
/** Local time is UTC in these examples. */
const utcMinutes = (epochMs: number) => Math.floor((epochMs % 86_400_000) / 60_000);
/** Rating times 09:00 and 21:00. */
const ratingMinutes = [9 * 60, 21 * 60] as const;
let nextId = 0;
function rating(dayIndex: number, pain: number, extra: Partial<QuickRating> = {}): QuickRating {
  nextId += 1;
  return {
    id: `r${nextId}`,
    atEpochMs: Date.UTC(2026, 11, 1 + dayIndex, 9),
    dayKey: dayKeyOf(dayIndex),
    pain0to10: pain,
    note: '',
    hasWarningSign: false,
    ...extra,
  };
}

/** A plan of routine-first blocks and one rating a day from each block's pair of pains. */
function trialOf(pairs: readonly (readonly [number, number])[]) {
  const days: DayKind[] = pairs.flatMap(() => ['routine', 'comparison'] as const);
  const ratings = pairs.flatMap(([routine, comparison], block) => [
    rating(block * 2, routine),
    rating(block * 2 + 1, comparison),
  ]);
  return { trial: { startDayKey: start, days, ratingMinutes }, ratings };
}

const analyze = (input: ReturnType<typeof trialOf>) =>
  analyzeTrial(input.trial, input.ratings, dayKeyOf, utcMinutes);

describe('the analysis, on a worked example you can check by hand', () => {
  // Four blocks, routine minus comparison: −2, −3, −1, −2. Mean −2. Deviations 0, −1, +1, 0:
  // SD = √(2 / 3) = 0.8165. t(0.975, 3) = 3.182. Half-width = 3.182 × 0.8165 / √4 = 1.299.
  // Interval −3.299 to −0.701: wholly below 0 but crossing −1.5, so "lower on routine days, but
  // not clearly by a meaningful amount".
  const example = trialOf([
    [3, 5],
    [2, 5],
    [4, 5],
    [3, 5],
  ]);

  it('finds the mean difference, its SD and the 95% interval', () => {
    const result = analyze(example);
    expect(result.completeBlocks).toBe(4);
    expect(result.meanDifference).toBe(-2);
    expect(result.sdDifference).toBeCloseTo(0.8165, 4);
    expect(result.interval?.low).toBeCloseTo(-3.299, 3);
    expect(result.interval?.high).toBeCloseTo(-0.701, 3);
    expect(verdictOf(result)).toBe('lower-not-clearly-meaningful');
  });

  it('reads "higher on routine days" when the whole interval is above 0', () => {
    // The example mirrored: differences +2, +3, +1, +2, interval +0.701 to +3.299.
    const result = analyze(
      trialOf([
        [7, 5],
        [8, 5],
        [6, 5],
        [7, 5],
      ]),
    );
    expect(result.interval?.low).toBeCloseTo(0.701, 3);
    expect(verdictOf(result)).toBe('higher');
  });

  it('reads "can’t tell yet" when the interval crosses 0 and a threshold', () => {
    // Differences −1, +1, −2, +2: mean 0, SD √(10 / 3) = 1.826, half-width 3.182 × 1.826 / 2
    // = 2.905: interval −2.905 to +2.905.
    const result = analyze(
      trialOf([
        [4, 5],
        [6, 5],
        [3, 5],
        [7, 5],
      ]),
    );
    expect(result.interval?.low).toBeCloseTo(-2.905, 3);
    expect(result.interval?.high).toBeCloseTo(2.905, 3);
    expect(verdictOf(result)).toBe('cant-tell');
  });

  it('reads "clearly lower" when the whole interval is below −1.5', () => {
    // Differences −3, −3, −2, −4: mean −3, same SD, interval −4.299 to −1.701.
    const result = analyze(
      trialOf([
        [2, 5],
        [2, 5],
        [3, 5],
        [1, 5],
      ]),
    );
    expect(result.interval?.high).toBeCloseTo(-1.701, 3);
    expect(verdictOf(result)).toBe('clearly-lower');
  });

  it('reads "no sign of a meaningful difference" when the interval lies within ±1.5', () => {
    // Differences 0, 1, −1, 0, 0, 0: mean 0, SD √(2/5) = 0.632, t(5) = 2.571, half 0.664.
    const result = analyze(
      trialOf([
        [4, 4],
        [5, 4],
        [3, 4],
        [4, 4],
        [4, 4],
        [4, 4],
      ]),
    );
    expect(result.interval?.high).toBeCloseTo(0.664, 3);
    expect(verdictOf(result)).toBe('no-meaningful-difference');
  });

  it('averages the day’s two scheduled ratings, and keeps other ratings as notes', () => {
    const { trial } = trialOf([[0, 0]]);
    const at = (day: number, hour: number, minute = 0) => ({
      atEpochMs: Date.UTC(2026, 11, 1 + day, hour, minute),
    });
    const result = analyzeTrial(
      trial,
      [
        // Day 1 (routine): 07:30 is the first within ±90 min of 09:00 (the 10:00 one is a note);
        // 22:30 is within 90 min of 21:00; 15:00 is in no window: a note.
        rating(0, 2, at(0, 7, 30)),
        rating(0, 9, at(0, 10)),
        rating(0, 0, at(0, 15)),
        rating(0, 4, at(0, 22, 30)),
        // Day 2 (comparison): one scheduled rating; 06:59 is 121 min before 09:00: a note.
        rating(1, 1, at(1, 6, 59)),
        rating(1, 6, at(1, 20)),
      ],
      dayKeyOf,
      utcMinutes,
    );
    expect(result.days[0]).toMatchObject({ ratingCount: 2, noteCount: 2, meanValue: 3 });
    expect(result.days[1]).toMatchObject({ ratingCount: 1, noteCount: 1, meanValue: 6 });
    expect(result.blocks[0]?.difference).toBe(-3);
  });

  it('counts a rating for one rating time at most, even when the windows touch', () => {
    const trial = {
      startDayKey: start,
      days: ['routine', 'comparison'] as DayKind[],
      ratingMinutes: [600, 700] as const,
    };
    // 11:00 is within 90 min of both 10:00 and 11:40: it counts once, for the first.
    const one = rating(0, 5, { atEpochMs: Date.UTC(2026, 11, 1, 11) });
    const result = analyzeTrial(trial, [one], dayKeyOf, utcMinutes);
    expect(result.days[0]).toMatchObject({ ratingCount: 1, noteCount: 0, meanValue: 5 });
  });

  it('gives no interval before three complete blocks', () => {
    const result = analyze(
      trialOf([
        [2, 5],
        [3, 5],
      ]),
    );
    expect(result.meanDifference).toBe(-2.5);
    expect(result.interval).toBeUndefined();
    expect(verdictOf(result)).toBe('cant-tell');
  });

  it('says no number beyond what a 4-week trial holds: "more than a 4-week trial can give"', () => {
    // Differences −0.5, −3.5, −2, −2: mean −2, SD √(4.5 / 3) = 1.225. Clearing −1.5 needs
    // t · 1.225 / √n < 0.5: at 14 pairs 2.160 × 1.225 / 3.742 = 0.707, not yet; so no number.
    const result = analyze(
      trialOf([
        [1.5, 2],
        [1.5, 5],
        [3, 5],
        [3, 5],
      ]),
    );
    expect(result.sdDifference).toBeCloseTo(1.2247, 4);
    expect(blocksThatWouldTell(result)).toBeUndefined();
  });

  it('says how many blocks might tell, when the example is not yet clear', () => {
    const result = analyze(example);
    const needed = blocksThatWouldTell(result);
    expect(needed).toBeGreaterThan(4);
    // With n = needed the interval would clear a threshold, with n − 1 it would not.
    const sd = result.sdDifference ?? 0;
    const high = (n: number) => -2 + (tQuantile975(n - 1) * sd) / Math.sqrt(n);
    expect(high(needed ?? 0)).toBeLessThan(-1.5);
    expect(high((needed ?? 0) - 1)).toBeGreaterThanOrEqual(-1.5);
  });
});

const pairArb = fc.tuple(fc.integer({ min: 0, max: 10 }), fc.integer({ min: 0, max: 10 }));
const pairsArb = fc.array(pairArb, { minLength: 1, maxLength: 14 });

describe('the verdict, for any ratings', () => {
  it('never reads "clearly lower" when the interval reaches −1.5 or above', () => {
    fc.assert(
      fc.property(pairsArb, (pairs) => {
        const result = analyze(trialOf(pairs));
        if (verdictOf(result) === 'clearly-lower') {
          expect(result.interval!.high).toBeLessThan(-meaningfulChange0to10);
        }
      }),
    );
  });

  it('never reads "clearly lower" or "no difference" for an interval that crosses a threshold', () => {
    fc.assert(
      fc.property(
        fc.double({ min: -10, max: 10, noNaN: true }),
        fc.double({ min: 0, max: 10, noNaN: true }),
        (low, width) => {
          const interval = { low, high: low + width };
          const crosses = (threshold: number) =>
            interval.low <= threshold && interval.high >= threshold;
          const verdict = verdictOf({ interval });
          if (crosses(-1.5)) expect(verdict).not.toBe('clearly-lower');
          if (crosses(-1.5) || crosses(1.5)) {
            expect(verdict).not.toBe('no-meaningful-difference');
          }
          // Each verdict only where its interval lies.
          if (verdict === 'lower-not-clearly-meaningful') {
            expect(interval.high < 0 && interval.low <= -1.5).toBe(true);
          }
          if (verdict === 'higher') expect(interval.low).toBeGreaterThan(0);
          if (crosses(0)) expect(['no-meaningful-difference', 'cant-tell']).toContain(verdict);
        },
      ),
    );
  });

  it('flips the sign when routine and comparison labels are swapped', () => {
    fc.assert(
      fc.property(pairsArb, (pairs) => {
        const input = trialOf(pairs);
        const swapped = {
          ...input,
          trial: { ...input.trial, days: swapDayKinds(input.trial.days) },
        };
        const a = analyze(input);
        const b = analyze(swapped);
        expect(b.meanDifference).toBeCloseTo(-(a.meanDifference ?? 0), 10);
        if (a.interval && b.interval) {
          expect(b.interval.low).toBeCloseTo(-a.interval.high, 10);
          expect(b.interval.high).toBeCloseTo(-a.interval.low, 10);
        }
      }),
    );
  });

  it('uses only real ratings: a block with a missing day drops out, nothing is filled in', () => {
    fc.assert(
      fc.property(
        pairsArb,
        fc.array(fc.boolean(), { minLength: 28, maxLength: 28 }),
        (pairs, keep) => {
          const input = trialOf(pairs);
          const kept = input.ratings.filter((_, index) => keep[index]);
          const result = analyzeTrial(input.trial, kept, dayKeyOf, utcMinutes);
          const fullBlocks = pairs.filter((_, block) => keep[block * 2] && keep[block * 2 + 1]);
          expect(result.completeBlocks).toBe(fullBlocks.length);
          const unrated = result.days.filter((day) => day.ratingCount === 0).length;
          expect(unrated).toBe(pairs.length * 2 - kept.length);
          expect(
            result.days.every((day) => (day.meanValue === undefined) === (day.ratingCount === 0)),
          ).toBe(true);
          if (fullBlocks.length > 0) {
            const expected = fullBlocks.reduce((sum, [r, c]) => sum + r - c, 0) / fullBlocks.length;
            expect(result.meanDifference).toBeCloseTo(expected, 10);
          } else expect(result.meanDifference).toBeUndefined();
        },
      ),
    );
  });

  it('ignores ratings outside the trial days', () => {
    const input = trialOf([
      [2, 5],
      [2, 5],
      [2, 5],
    ]);
    const outside = [rating(-1, 10), rating(6, 10), rating(40, 0)];
    expect(analyzeTrial(input.trial, [...input.ratings, ...outside], dayKeyOf, utcMinutes)).toEqual(
      analyze(input),
    );
  });
});

describe('the stop rule', () => {
  const quiet: Pick<TrialAnalysis, 'meanDifference' | 'completeBlocks'> = { completeBlocks: 0 };
  const base = {
    trial: trialOf([
      [0, 0],
      [0, 0],
    ]).trial,
    sessions: [],
    sinceEpochMs: 0,
  };

  it('stops when pain is higher on routine days by 1.5 or more over two blocks', () => {
    const input = trialOf([
      [5, 3],
      [6, 5],
    ]);
    const analysis = analyze(input);
    expect(analysis.meanDifference).toBe(1.5);
    expect(stopReasonsOf({ ...base, ratings: input.ratings, analysis })).toEqual([
      'higher-on-routine-days',
    ]);
    const one = analyze(trialOf([[7, 3]]));
    expect(stopReasonsOf({ ...base, ratings: [], analysis: one })).toEqual([]);
    const below = analyze(
      trialOf([
        [5, 4],
        [5, 4],
      ]),
    );
    expect(stopReasonsOf({ ...base, ratings: [], analysis: below })).toEqual([]);
  });

  it('stops on any rating of 8 or more, pain or stiffness, quick or in a session', () => {
    expect(stopReasonsOf({ ...base, ratings: [rating(1, 8)], analysis: quiet })).toEqual([
      'rating-8-or-more',
    ]);
    expect(stopReasonsOf({ ...base, ratings: [rating(1, 7)], analysis: quiet })).toEqual([]);
    expect(
      stopReasonsOf({ ...base, ratings: [rating(2, 2, { stiffness0to10: 9 })], analysis: quiet }),
    ).toEqual(['rating-8-or-more']);
    const session = { startedAtEpochMs: 10, before: { pain0to10: 3 }, after: { pain0to10: 8 } };
    expect(stopReasonsOf({ ...base, ratings: [], sessions: [session], analysis: quiet })).toEqual([
      'rating-8-or-more',
    ]);
    // A session from before the trial does not count.
    expect(
      stopReasonsOf({
        ...base,
        ratings: [],
        sessions: [session],
        sinceEpochMs: 11,
        analysis: quiet,
      }),
    ).toEqual([]);
  });

  it('stops on a warning sign noted in the journal', () => {
    expect(
      stopReasonsOf({
        ...base,
        ratings: [rating(0, 2, { hasWarningSign: true })],
        analysis: quiet,
      }),
    ).toEqual(['warning-sign']);
  });
});

describe('a trial with a start and an end', () => {
  it('counts only the ratings made while it ran', () => {
    const input = trialOf([[2, 5]]);
    const before = rating(0, 9, { atEpochMs: Date.UTC(2026, 11, 1, 6) });
    const span = {
      ...input.trial,
      startedAtEpochMs: Date.UTC(2026, 11, 1, 7),
      endedAtEpochMs: Date.UTC(2026, 11, 2, 10),
    };
    const after = rating(1, 0, { atEpochMs: Date.UTC(2026, 11, 2, 11) });
    const result = analyzeTrial(span, [before, ...input.ratings, after], dayKeyOf, utcMinutes);
    expect(result.days.map((day) => day.ratingCount)).toEqual([1, 1]);
    expect(result.blocks[0]?.difference).toBe(-3);
  });
});
