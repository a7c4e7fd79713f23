import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { yawFromMotion, type MotionSample } from './motion';
import { retestSdDeg, turnResult } from './turn-test';

type Vec3 = [number, number, number];
const g = 9.81;

/**
 * Readings of a phone whose "up" (in its own frame) is `up`, turning about it at `rates[i]` degrees
 * per second, 60 a second, with an optional seeded noise on each axis.
 */
function phone(up: Vec3, rates: readonly number[], noise: readonly number[] = [0]): MotionSample[] {
  const n = Math.hypot(...up);
  const u = up.map((v) => v / n) as Vec3;
  return rates.map((rate, i) => {
    const wobble = noise[i % noise.length] ?? 0;
    const w = u.map((v) => v * rate + wobble);
    return {
      atMs: Math.round((i * 1000) / 60),
      rotationRate: { alpha: w[2]!, beta: w[0]!, gamma: w[1]! },
      accelerationIncludingGravity: { x: u[0] * g, y: u[1] * g, z: u[2] * g },
    };
  });
}

const still = (frames: number) => Array<number>(frames).fill(0);
/** Rates (°/s at 60 Hz) that turn by `degrees` in `frames` readings. */
const turn = (degrees: number, frames: number) =>
  Array<number>(frames).fill((degrees * 60) / frames);
/** A whole test: still, left and hold, back and pause, right and hold, back. */
const wholeTest = (left: number, right: number) => [
  ...still(60),
  ...turn(left, 60),
  ...still(90),
  ...turn(-left, 60),
  ...still(60),
  ...turn(-right, 60),
  ...still(90),
  ...turn(right, 60),
  ...still(30),
];

const ups: Vec3[] = [
  [0, 0, 1], // flat on top of the head, screen up
  [0, 1, 0], // upright against the forehead
  [0.2, 0.9, 0.3], // askew
];

describe('yawFromMotion', () => {
  it('integrates the rotation about the vertical, however the phone is held', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...ups),
        fc.double({ min: -90, max: 90, noNaN: true }),
        (up, degrees) => {
          const yaws = yawFromMotion(
            phone(up, [...still(30), ...turn(degrees, 120), ...still(30)]),
          );
          expect(yaws.at(-1)!.yawDeg!).toBeCloseTo(degrees, 0);
        },
      ),
    );
  });

  it('ignores rotation about a horizontal axis (a nod)', () => {
    // The phone flat, nodding about its x axis: up stays (0, 0, 1) in its frame only when still,
    // so the nod is given as rate about x alone.
    const samples = phone([0, 0, 1], still(120)).map((s, i) => ({
      ...s,
      rotationRate: { alpha: 0, beta: 20 * Math.sin(i / 10), gamma: 0 },
    }));
    for (const y of yawFromMotion(samples)) expect(Math.abs(y.yawDeg!)).toBeLessThan(1e-9);
  });

  it('a still phone reads 0° within the retest spread', () => {
    const noise = fc.array(fc.double({ min: -0.3, max: 0.3, noNaN: true }), { minLength: 1 });
    fc.assert(
      fc.property(fc.constantFrom(...ups), noise, (up, wobble) => {
        const centred = wobble.map((w) => w - wobble.reduce((a, b) => a + b, 0) / wobble.length);
        for (const y of yawFromMotion(phone(up, still(180), centred)))
          expect(Math.abs(y.yawDeg!)).toBeLessThanOrEqual(retestSdDeg);
      }),
    );
  });

  it('turning the other way mirrors the sides', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...ups),
        fc.integer({ min: 10, max: 85 }),
        fc.integer({ min: 10, max: 85 }),
        (up, left, right) => {
          const rates = wholeTest(left, right);
          const result = turnResult(yawFromMotion(phone(up, rates)));
          const mirrored = turnResult(
            yawFromMotion(
              phone(
                up,
                rates.map((r) => -r),
              ),
            ),
          );
          expect(result.left?.degrees).toBe(left);
          expect(result.right?.degrees).toBe(right);
          expect(mirrored.left).toEqual(result.right);
          expect(mirrored.right).toEqual(result.left);
        },
      ),
    );
  });

  it('stops at a gap in the readings, and gives nothing without readings', () => {
    const samples = phone([0, 0, 1], [...still(30), ...turn(40, 60)]);
    const gapped = [...samples.slice(0, 40), ...samples.slice(60).map((s) => ({ ...s }))];
    const yaws = yawFromMotion(gapped);
    expect(yaws.slice(0, 40).every((y) => y.yawDeg !== null)).toBe(true);
    expect(yaws.slice(40).every((y) => y.yawDeg === null)).toBe(true);
    const empty = [{ atMs: 0, rotationRate: null, accelerationIncludingGravity: null }];
    expect(yawFromMotion(empty)).toEqual([{ atMs: 0, yawDeg: null }]);
  });
});
