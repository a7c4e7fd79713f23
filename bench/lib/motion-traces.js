// Synthesised motion-sensor traces of a turn test at known angles: the ground truth for the turn
// test's motion route (bench/turn.mjs, the browser test's fake sensor). Plain JavaScript, no
// dependencies, seeded: the same traces on every run.
//
// A head turns about the vertical (yaw), nodding and tilting a little as heads do; a phone lies
// on top of the head or against the forehead, a little askew, slipping slightly; a gyroscope and
// an accelerometer read it 60 times a second, with what phone sensors add: white noise, an offset
// that the operating system's calibration leaves (it drifts slowly), a scale error per axis,
// uneven timing and dropped readings. The sizes are set above what phone motion sensors' data
// sheets give (noise of a few thousandths of a degree per second per √Hz; sensitivity within a
// few percent), so that the figures err on the side of caution.

/** A seeded generator of numbers in [0, 1). */
export function random(seed) {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const rad = Math.PI / 180;
const rx = (a) => [
  [1, 0, 0],
  [0, Math.cos(a), -Math.sin(a)],
  [0, Math.sin(a), Math.cos(a)],
];
const ry = (a) => [
  [Math.cos(a), 0, Math.sin(a)],
  [0, 1, 0],
  [-Math.sin(a), 0, Math.cos(a)],
];
const rz = (a) => [
  [Math.cos(a), -Math.sin(a), 0],
  [Math.sin(a), Math.cos(a), 0],
  [0, 0, 1],
];
const mul = (a, b) =>
  a.map((row) => [0, 1, 2].map((j) => row.reduce((s, v, k) => s + v * b[k][j], 0)));
const transpose = (m) => [0, 1, 2].map((i) => [0, 1, 2].map((j) => m[j][i]));
const apply = (m, v) => m.map((row) => row.reduce((s, r, k) => s + r * v[k], 0));

/**
 * Where the phone sits, as a rotation from the head's frame (x to the person's right, y forward,
 * z up) to the device's (x to the right of the screen, y to its top, z out of the screen).
 */
export const mounts = {
  // Flat on top of the head, screen up, its top edge forward.
  'top-flat': [
    [1, 0, 0],
    [0, 1, 0],
    [0, 0, 1],
  ],
  // Against the forehead, upright, screen facing forward (away from the face).
  forehead: [
    [-1, 0, 0],
    [0, 0, 1],
    [0, 1, 0],
  ],
};

/** Smooth 0 → 1 over [0, 1]. */
const ease = (t) => (t <= 0 ? 0 : t >= 1 ? 1 : 0.5 - 0.5 * Math.cos(Math.PI * t));

/**
 * The yaw (degrees, positive to the person's left) of a whole test at time t (s): still, left to
 * `left`° and hold, back, right to `right`° and hold, back. Returns [yaw, phases' end times].
 */
export function testPath(left, right, { speedDegS = 35, holdS = 2, restS = 1.5 } = {}) {
  const legs = [];
  let t = 0;
  const add = (from, to, duration) => {
    legs.push({ from, to, start: t, end: t + duration });
    t += duration;
  };
  add(0, 0, restS);
  add(0, left, Math.max(0.8, left / speedDegS));
  add(left, left, holdS);
  add(left, 0, Math.max(0.8, left / (speedDegS * 1.3)));
  add(0, 0, 0.8);
  add(0, -right, Math.max(0.8, right / speedDegS));
  add(-right, -right, holdS);
  add(-right, 0, Math.max(0.8, right / (speedDegS * 1.3)));
  add(0, 0, 1);
  const yawAt = (time) => {
    const leg = legs.find((l) => time < l.end) ?? legs[legs.length - 1];
    return leg.from + (leg.to - leg.from) * ease((time - leg.start) / (leg.end - leg.start));
  };
  return { yawAt, durationS: t };
}

/**
 * One test's readings. options: left, right (the true turns, degrees), mount (a key of mounts),
 * seed; returns { samples: DeviceMotionEvent-like readings with atMs, truth: the true yaw
 * (degrees, from the resting position) at each reading's time }.
 */
export function motionTrace({ left, right, mount = 'top-flat', seed = 1, hz = 60 }) {
  const rng = random(seed);
  const normal = () => {
    // Box–Muller
    const u = Math.max(rng(), 1e-12);
    return Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * rng());
  };
  const between = (a, b) => a + (b - a) * rng();
  const path = testPath(left, right, { speedDegS: between(25, 45), holdS: between(1.6, 2.4) });
  // The phone, a little askew on the head (up to 12° each way), slipping up to 1.5° as it goes.
  const askew = mul(
    rz(between(-12, 12) * rad),
    mul(rx(between(-12, 12) * rad), ry(between(-12, 12) * rad)),
  );
  const mount0 = mul(mounts[mount], askew);
  // The head: a slow nod and tilt of a few degrees, a tilt that follows the turn (the neck bends
  // a little to the side as it turns), a tremor.
  const nod = [between(-5, 5), between(0.1, 0.4), between(0, 6)];
  const tilt = [between(-4, 4), between(0.1, 0.4), between(0, 6)];
  const coupling = between(-0.12, 0.12);
  const tremor = [0, 1, 2].map(() => [between(0.05, 0.25), between(3, 9), between(0, 6)]);
  const slip = [between(-1.5, 1.5), between(0.05, 0.2), between(0, 6)];
  const wave = ([amplitude, hzw, phase], t) => amplitude * Math.sin(2 * Math.PI * hzw * t + phase);
  const pose = (t) => {
    const yaw = path.yawAt(t) + tremor.reduce((s, w) => s + wave(w, t), 0) / 2;
    const pitch = wave(nod, t);
    const roll = wave(tilt, t) + coupling * path.yawAt(t);
    const head = mul(rz(yaw * rad), mul(rx(pitch * rad), ry(roll * rad)));
    // Device frame axes in world coordinates are the columns of head · mountᵀ · slip.
    const slipM = rz(wave(slip, t) * rad);
    return { yaw, matrix: mul(head, mul(transpose(mount0), slipM)) };
  };
  // The sensors: a scale error per axis, an offset (left by the OS calibration) that drifts.
  const scale = [0, 1, 2].map(() => 1 + between(-0.03, 0.03));
  let offset = [0, 1, 2].map(() => between(-0.5, 0.5));
  const noise = 0.12;
  const samples = [];
  const truth = [];
  const h = 0.002;
  for (let t = 0; t < path.durationS; t += 1 / hz + between(-0.003, 0.003)) {
    offset = offset.map((o) => o + normal() * 0.003);
    if (rng() < 0.01) continue; // a dropped reading
    const p = pose(t);
    const q = pose(t + h);
    // ω in the device's frame: Rᵀ(t) · R(t + h) ≈ I + [ω]× h
    const d = mul(transpose(p.matrix), q.matrix);
    const w = [
      (d[2][1] - d[1][2]) / (2 * h),
      (d[0][2] - d[2][0]) / (2 * h),
      (d[1][0] - d[0][1]) / (2 * h),
    ].map((v, k) => (v / rad) * scale[k] + offset[k] + noise * normal());
    const up = apply(transpose(p.matrix), [0, 0, 9.81]).map((v) => v + 0.08 * normal());
    samples.push({
      atMs: Math.round(t * 1000),
      rotationRate: { alpha: w[2], beta: w[0], gamma: w[1] },
      accelerationIncludingGravity: { x: up[0], y: up[1], z: up[2] },
    });
    truth.push(p.yaw);
  }
  return { samples, truth, left, right };
}
