import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { turnRecordMaxDeg } from '../../../domain/records/turn-result';
import {
  changeBetween,
  defaultHold,
  holds,
  restingYaw,
  reportCapDeg,
  retestSdDeg,
  smallestRealChangeDeg,
  turnResult,
  type YawSample,
} from './turn-test';

const frameMs = 1000 / 15;

/** Readings at 15 a second along a path of yaw angles, with a seeded wobble of ± `noise`. */
function readings(path: readonly number[], noise: readonly number[] = []): YawSample[] {
  return path.map((yaw, i) => ({
    atMs: Math.round(i * frameMs),
    yawDeg: yaw + (noise[i % Math.max(1, noise.length)] ?? 0),
  }));
}

const ramp = (from: number, to: number, frames: number) =>
  Array.from({ length: frames }, (_, i) => from + ((to - from) * (i + 1)) / frames);
const hold = (at: number, frames: number) => Array<number>(frames).fill(at);

/** A whole test: rest, left and hold, back to the middle and pause, right and hold, back. */
function wholeTest(rest: number, left: number, right: number): number[] {
  return [
    ...hold(rest, 15),
    ...ramp(rest, rest + left, 25),
    ...hold(rest + left, 22),
    ...ramp(rest + left, rest, 20),
    ...hold(rest, 18),
    ...ramp(rest, rest - right, 25),
    ...hold(rest - right, 22),
    ...ramp(rest - right, rest, 20),
  ];
}

const wobble = fc.array(fc.double({ min: -1, max: 1, noNaN: true }), {
  minLength: 1,
  maxLength: 30,
});

describe('turnResult', () => {
  it('reads each side’s held turn from the resting position', () => {
    fc.assert(
      fc.property(
        fc.double({ min: -10, max: 10, noNaN: true }),
        fc.integer({ min: 10, max: 59 }),
        fc.integer({ min: 10, max: 59 }),
        wobble,
        (rest, left, right, noise) => {
          const result = turnResult(readings(wholeTest(rest, left, right), noise));
          expect(Math.abs(result.left!.degrees - left)).toBeLessThanOrEqual(2);
          expect(Math.abs(result.right!.degrees - right)).toBeLessThanOrEqual(2);
          expect(result.left!.atLeast).toBe(false);
        },
      ),
    );
  });

  it('mirroring the turn mirrors the sides', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 10, max: 70 }),
        fc.integer({ min: 10, max: 70 }),
        wobble,
        (left, right, noise) => {
          const path = wholeTest(0, left, right);
          const result = turnResult(readings(path, noise));
          const mirrored = turnResult(
            readings(
              path.map((yaw) => -yaw),
              noise.map((n) => -n),
            ),
          );
          expect(mirrored.left).toEqual(result.right);
          expect(mirrored.right).toEqual(result.left);
        },
      ),
    );
  });

  it('a still head reads 0° within the retest spread, and no turn to either side', () => {
    fc.assert(
      fc.property(fc.double({ min: -20, max: 20, noNaN: true }), wobble, (rest, noise) => {
        const samples = readings(hold(rest, 60), noise);
        expect(Math.abs(restingYaw(samples)! - rest)).toBeLessThanOrEqual(retestSdDeg);
        for (const h of holds(samples))
          expect(Math.abs(h.yawDeg - rest)).toBeLessThanOrEqual(retestSdDeg);
        expect(turnResult(samples)).toEqual({ left: null, right: null });
      }),
    );
  });

  it('reports a turn at or beyond the cap as "the cap or more"', () => {
    const result = turnResult(readings(wholeTest(0, 75, 40)), defaultHold, 60);
    expect(result.left).toEqual({ degrees: 60, atLeast: true });
    expect(result.right).toEqual({ degrees: 40, atLeast: false });
  });

  it('needs the head held: a turn that does not stop is not a result', () => {
    const swing = [...hold(0, 15), ...ramp(0, 50, 20), ...ramp(50, 0, 20), ...hold(0, 15)];
    expect(turnResult(readings(swing)).left).toBeNull();
  });

  it('frames without a face break a hold', () => {
    const path = [...hold(0, 15), ...ramp(0, 40, 20), ...hold(40, 20)];
    const samples = readings(path).map((s, i) =>
      i % 5 === 0 && i > 35 ? { ...s, yawDeg: null } : s,
    );
    expect(turnResult(samples).left).toBeNull();
    expect(turnResult(readings(path)).left?.degrees).toBe(40);
  });

  it('gives nothing without a face', () => {
    expect(turnResult([{ atMs: 0, yawDeg: null }])).toEqual({ left: null, right: null });
  });
});

describe('changeBetween', () => {
  const side = (degrees: number, atLeast = false) => ({ degrees, atLeast });
  const real = smallestRealChangeDeg();

  it('shows a change only beyond the test’s own spread', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 5, max: 55 }),
        fc.integer({ min: -40, max: 40 }),
        (before, delta) => {
          const after = Math.min(59, Math.max(5, before + delta));
          const change = changeBetween(side(before), side(after));
          const d = after - before;
          if (Math.abs(d) < real) expect(change).toEqual({ kind: 'within-spread' });
          else if (d > 0) expect(change).toEqual({ kind: 'more', degrees: d, atLeast: false });
          else expect(change).toEqual({ kind: 'less', degrees: -d, atLeast: false });
        },
      ),
    );
  });

  it('the smallest real change is 1.96 · √2 times the spread, rounded up', () => {
    expect(smallestRealChangeDeg(2)).toBe(6);
    expect(smallestRealChangeDeg(1)).toBe(3);
  });

  it('cannot compare at the cap or with a side missing', () => {
    expect(changeBetween(side(60, true), side(60, true))).toEqual({ kind: 'unknown' });
    expect(changeBetween(null, side(30))).toEqual({ kind: 'unknown' });
    expect(changeBetween(side(40), side(60, true))).toEqual({
      kind: 'more',
      degrees: 20,
      atLeast: true,
    });
  });
});

describe('the stored result', () => {
  it('holds every turn the test reports: the cap fits the record’s limit', () => {
    expect(reportCapDeg).toBeLessThanOrEqual(turnRecordMaxDeg);
  });
});
