import type { YawSample } from './turn-test';

/**
 * The turn measured with the phone's own motion sensors: the phone lies flat on top of the head
 * or against the forehead and turns with it; the gyroscope's rotation rate about the vertical
 * (the direction of gravity, from the accelerometer) is integrated over time. The camera could not
 * keep the accuracy goal beyond about 35° on the fixture (bench/turn.mjs), the sensors keep it to
 * the end of a neck's range. Pure: samples in, degrees out.
 */

/**
 * One DeviceMotionEvent as the page saw it. rotationRate: degrees per second about the device's
 * z (alpha, out of the screen), x (beta, to the right of the screen) and y (gamma, to its top)
 * axes; accelerationIncludingGravity: m/s², pointing up when the device is still.
 */
export interface MotionSample {
  readonly atMs: number;
  readonly rotationRate: {
    readonly alpha: number;
    readonly beta: number;
    readonly gamma: number;
  } | null;
  readonly accelerationIncludingGravity: {
    readonly x: number;
    readonly y: number;
    readonly z: number;
  } | null;
}

/** How the readings are turned into a yaw. */
export interface MotionRule {
  /** How slowly the estimate of "up" follows the accelerometer (ms, a low-pass time constant). */
  readonly upTimeConstantMs: number;
  /** A gap between readings longer than this ends the measurement (ms). */
  readonly maxGapMs: number;
}

export const defaultMotionRule: MotionRule = { upTimeConstantMs: 500, maxGapMs: 250 };

type Vec3 = readonly [number, number, number];

const norm = (v: Vec3) => Math.hypot(v[0], v[1], v[2]);

function rateOf(sample: MotionSample): Vec3 | null {
  const r = sample.rotationRate;
  if (!r) return null;
  const v: Vec3 = [r.beta, r.gamma, r.alpha];
  return v.every(Number.isFinite) ? v : null;
}

function upOf(sample: MotionSample): Vec3 | null {
  const a = sample.accelerationIncludingGravity;
  if (!a) return null;
  const v: Vec3 = [a.x, a.y, a.z];
  const n = norm(v);
  return v.every(Number.isFinite) && n > 1 ? [v[0] / n, v[1] / n, v[2] / n] : null;
}

/**
 * The head's yaw over time (degrees, positive to the person's own left, 0 at the start), one
 * reading per motion sample; null from the first gap longer than the rule allows.
 */
export function yawFromMotion(
  samples: readonly MotionSample[],
  rule: MotionRule = defaultMotionRule,
): YawSample[] {
  const usable = samples.filter((s) => rateOf(s) && upOf(s));
  if (usable.length === 0) return samples.map((s) => ({ atMs: s.atMs, yawDeg: null }));
  const start = usable[0]!.atMs;
  // Up, in the device's frame, followed slowly: a head turning about the vertical leaves it where
  // it is, and the slowness keeps the head's own accelerations out.
  let up = upOf(usable[0]!)!;
  const ups: Vec3[] = [];
  let last = start;
  for (const s of usable) {
    const a = upOf(s)!;
    const k = 1 - Math.exp(-(s.atMs - last) / rule.upTimeConstantMs);
    const mixed: Vec3 = [
      up[0] + k * (a[0] - up[0]),
      up[1] + k * (a[1] - up[1]),
      up[2] + k * (a[2] - up[2]),
    ];
    const n = norm(mixed);
    up = [mixed[0] / n, mixed[1] / n, mixed[2] / n];
    ups.push(up);
    last = s.atMs;
  }
  const rates = usable.map((s, i) => {
    const w = rateOf(s)!;
    const u = ups[i]!;
    return w[0] * u[0] + w[1] * u[1] + w[2] * u[2];
  });
  // No offset is taken off: the operating system calibrates the gyroscope, and an offset measured
  // over the still start takes in the head's own small movements there (on the fixture it made
  // the error several times larger). Each side is measured from the middle just before it
  // (turnResult), so that what is left drifts over seconds, not the whole test.
  const yawAt = new Map<MotionSample, number | null>();
  let yaw = 0;
  let broken = false;
  usable.forEach((s, i) => {
    if (i > 0) {
      const dt = s.atMs - usable[i - 1]!.atMs;
      if (dt > rule.maxGapMs || dt < 0) broken = true;
      yaw += (((rates[i - 1]! + rates[i]!) / 2) * dt) / 1000;
    }
    yawAt.set(s, broken ? null : yaw);
  });
  let gapBroken = false;
  return samples.map((s) => {
    const value = yawAt.get(s);
    if (value === undefined) {
      // A sample without readings: nothing to add, and a long run of them is a gap.
      return { atMs: s.atMs, yawDeg: null };
    }
    if (value === null) gapBroken = true;
    return { atMs: s.atMs, yawDeg: gapBroken ? null : value };
  });
}
