// Turn test benchmark, camera route (npm run bench:turn:camera): how well the head's yaw is measured from face
// landmarks, against a textured head drawn at known angles (bench/lib/turn-scene.js, the photo
// and its landmarks in test/fixtures/turn/), with the model the app ships (build/face-model.mjs)
// and the turn test's own maths (src/features/turn/core/). Prints `name: value` lines.
//
// Two head shapes (MediaPipe's canonical face, and the fixture photo's own face shape) × two
// lightings (soft front light; a window on one side) × two distances (40 cm, arm's length; 75 cm,
// a phone on a table) = 8 conditions. In each: a sweep from 0° to +75° to −75° and back (every
// frame's error against the known yaw), and repeats of a whole turn test (rest, turn left and
// hold, back, turn right and hold, back) with a little of what differs from one try to the next:
// where the head rests, a slight nod and tilt, light level, camera noise, a small tremor.
//
// BENCH_TURN_SHOTS=dir also writes a few frames as PNG there, to look at.
import { readFileSync, writeFileSync, mkdirSync } from 'node:fs';
import { createServer } from 'node:http';
import { createRequire } from 'node:module';
import { dirname, join, resolve } from 'node:path';
import { chromium } from '@playwright/test';
import { chromiumArgs, findChromium } from '../scripts/chromium.mjs';
import { canonicalFace, faceLandmarkerTask } from '../build/face-model.mjs';
import { random } from './lib/motion-traces.js';

const require = createRequire(import.meta.url);
const root = resolve(dirname(new URL(import.meta.url).pathname), '..');
const fixtures = join(root, 'test/fixtures/turn');
const port = Number(process.env.BENCH_PORT ?? 4833);
const shotsDir = process.env.BENCH_TURN_SHOTS;
const repeats = Number(process.env.BENCH_TURN_REPEATS ?? 5);

const print = (name, value) => console.log(`${name}: ${value}`);
const round = (value, digits = 1) => Math.round(value * 10 ** digits) / 10 ** digits;
function percentile(values, p) {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)] ?? NaN;
}
const mean = (values) => values.reduce((a, b) => a + b, 0) / values.length;
const sd = (values) => {
  const m = mean(values);
  return Math.sqrt(values.reduce((s, v) => s + (v - m) ** 2, 0) / (values.length - 1));
};

// ---- the turn test's maths, through Vite's SSR loader (Node does not run TypeScript) ----------
const { createServer: createVite } = await import('vite');
const vite = await createVite({
  server: { middlewareMode: true },
  appType: 'custom',
  logLevel: 'silent',
});
const pose = await vite.ssrLoadModule('/src/features/turn/core/head-pose.ts');
const test = await vite.ssrLoadModule('/src/features/turn/core/turn-test.ts');
const { canonicalBasis } = await vite.ssrLoadModule('/src/features/turn/core/canonical-face.ts');
await vite.close();

// ---- the scene: two face shapes in the canonical face's frame ----------------------------------
const canonical = canonicalFace();
const photo = JSON.parse(readFileSync(join(fixtures, 'face-landmarks.json'), 'utf8'));
// The photo's face (pixels, y down, z smaller nearer) in the canonical frame: the similarity
// transform that best fits the canonical face to it, undone.
const own = photo.landmarks.map(([x, y, z]) => [x, -y, -z]);
const rotation = pose.fitRotation(canonicalBasis.map(([id]) => own[id]));
const weights = canonicalBasis.map(([, , w]) => w);
const total = weights.reduce((a, b) => a + b, 0);
const centre = (points) =>
  [0, 1, 2].map((k) => points.reduce((s, p, i) => s + weights[i] * p[k], 0) / total);
const modelPts = canonicalBasis.map(([, , , x, y, z]) => [x, y, z]);
const seenPts = canonicalBasis.map(([id]) => own[id]);
const [mc, sc] = [centre(modelPts), centre(seenPts)];
const rotate = (m, v) => m.map((row) => row.reduce((s, r, k) => s + r * v[k], 0));
const transpose = (m) => [0, 1, 2].map((i) => [0, 1, 2].map((j) => m[j][i]));
let num = 0;
let den = 0;
modelPts.forEach((p, i) => {
  const a = p.map((v, k) => v - mc[k]);
  const b = seenPts[i].map((v, k) => v - sc[k]);
  const ra = rotate(rotation, a);
  num += weights[i] * ra.reduce((s, v, k) => s + v * b[k], 0);
  den += weights[i] * a.reduce((s, v) => s + v * v, 0);
});
const scale = num / den;
const back = transpose(rotation);
const ownShape = own.map((p) =>
  rotate(
    back,
    p.map((v, k) => (v - sc[k]) / scale),
  ).map((v, k) => v + mc[k]),
);
const sceneData = {
  shapes: { canonical: canonical.vertices, own: ownShape },
  uvs: photo.landmarks.map(([x, y]) => [x / photo.size.width, y / photo.size.height]),
  triangles: canonical.triangles,
};

// ---- a page with the scene and the face landmarker ---------------------------------------------
const visionDir = dirname(require.resolve('@mediapipe/tasks-vision'));
const task = faceLandmarkerTask().bytes;
const server = createServer((request, response) => {
  const path = (request.url ?? '/').split('?')[0];
  const send = (type, body) => {
    response.setHeader('Content-Type', type);
    response.end(body);
  };
  if (path === '/')
    return send('text/html', '<!doctype html><title>bench</title><canvas></canvas>');
  if (path === '/face_landmarker.task') return send('application/octet-stream', task);
  if (path === '/scene.json') return send('application/json', JSON.stringify(sceneData));
  if (path === '/face.png') return send('image/png', readFileSync(join(fixtures, 'face.png')));
  if (path === '/turn-scene.js')
    return send('text/javascript', readFileSync(join(root, 'bench/lib/turn-scene.js')));
  if (path === '/vision_bundle.mjs')
    return send('text/javascript', readFileSync(join(visionDir, 'vision_bundle.mjs')));
  if (path.startsWith('/wasm/'))
    return send(
      path.endsWith('.wasm') ? 'application/wasm' : 'text/javascript',
      readFileSync(join(visionDir, path)),
    );
  response.statusCode = 404;
  response.end();
});
await new Promise((done) => server.listen(port, 'localhost', done));
const browser = await chromium.launch({
  executablePath: findChromium(),
  args: [
    ...chromiumArgs.filter((a) => a !== '--disable-gpu'),
    '--use-angle=swiftshader',
    '--enable-unsafe-swiftshader',
  ],
});
const page = await browser.newPage();
await page.goto(`http://localhost:${port}/`);
await page.evaluate(async () => {
  const { createScene } = await import('/turn-scene.js');
  const { FilesetResolver, FaceLandmarker } = await import('/vision_bundle.mjs');
  const data = await (await fetch('/scene.json')).json();
  const image = await createImageBitmap(await (await fetch('/face.png')).blob());
  const canvas = document.querySelector('canvas');
  window.draw = createScene(canvas, { ...data, image });
  window.canvas = canvas;
  const fileset = await FilesetResolver.forVisionTasks('/wasm');
  window.newLandmarker = () =>
    FaceLandmarker.createFromOptions(fileset, {
      baseOptions: { modelAssetPath: '/face_landmarker.task', delegate: 'CPU' },
      runningMode: 'VIDEO',
      numFaces: 1,
    });
  // Runs a sequence of poses as camera frames, 15 a second, in a new landmarker (as one test).
  window.runSequence = async (poses, shots = []) => {
    const landmarker = await window.newLandmarker();
    const out = [];
    const pictures = [];
    for (let i = 0; i < poses.length; i++) {
      window.draw(poses[i]);
      const frame = await createImageBitmap(canvas);
      const result = landmarker.detectForVideo(frame, Math.round(i * (1000 / 15)) + 1);
      frame.close();
      const face = result.faceLandmarks[0];
      out.push(face ? face.slice(0, 468).map((p) => [p.x, p.y, p.z]) : null);
      if (shots.includes(i)) pictures.push(canvas.toDataURL('image/png'));
    }
    landmarker.close();
    return { landmarks: out, pictures };
  };
});

const camera = { width: 640, height: 480 };
const toLandmarks = (points) => points.map(([x, y, z]) => ({ x, y, z }));
const shapes = ['canonical', 'own'];
const lightingNames = ['front', 'side'];
const distances = [40, 75];
const conditions = shapes.flatMap((shape) =>
  lightingNames.flatMap((lighting) =>
    distances.map((distanceCm) => ({ shape, lighting, distanceCm })),
  ),
);
const still = { pitchDeg: 0, rollDeg: 0, offsetCm: [0, 0], gain: 1, noise: 0.02, seed: 1 };

// ---- 1. sweeps: every frame's error against the known yaw --------------------------------------
const ramp = (from, to, step) => {
  const n = Math.max(1, Math.round(Math.abs(to - from) / step));
  return Array.from({ length: n }, (_, i) => from + ((to - from) * (i + 1)) / n);
};
const sweepYaws = [0, 0, 0, 0, ...ramp(0, 75, 1.5), ...ramp(75, -75, 1.5), ...ramp(-75, 0, 1.5)];
const sweepErrors = []; // { yaw, error } for each frame with a face
let sweepMissed = 0;
const missedAt = [];
for (const [ci, condition] of conditions.entries()) {
  const poses = sweepYaws.map((yawDeg, i) => ({ ...condition, ...still, yawDeg, seed: i }));
  const shots = shotsDir && ci % 3 === 0 ? [0, 30, 50, 100, 200] : [];
  const { landmarks, pictures } = await page.evaluate(
    ([p, s]) => window.runSequence(p, s),
    [poses, shots],
  );
  if (shotsDir) {
    mkdirSync(shotsDir, { recursive: true });
    pictures.forEach((url, i) =>
      writeFileSync(
        join(
          shotsDir,
          `${condition.shape}-${condition.lighting}-${condition.distanceCm}-${shots[i]}.png`,
        ),
        Buffer.from(url.split(',')[1], 'base64'),
      ),
    );
  }
  const estimates = landmarks.map((points) =>
    points ? pose.headYawDeg(toLandmarks(points), camera) : null,
  );
  const rest = estimates.slice(0, 4).filter((v) => v !== null);
  const zero = rest.length ? mean(rest) : 0;
  estimates.forEach((estimate, i) => {
    if (estimate === null) {
      sweepMissed += 1;
      missedAt.push(Math.round(sweepYaws[i]));
      return;
    }
    // As the test reports it: from the resting position.
    sweepErrors.push({
      yaw: sweepYaws[i],
      error: estimate - zero - sweepYaws[i],
      absolute: estimate - sweepYaws[i],
      condition,
    });
  });
}

if (process.env.BENCH_TURN_DUMP)
  writeFileSync(process.env.BENCH_TURN_DUMP, JSON.stringify({ sweepErrors, missedAt }));

// The largest angle up to which every 5° band's p95 error stays within the goal.
const goal = 5;
const bands = [];
for (let top = 5; top <= 75; top += 5) {
  const inBand = sweepErrors.filter((e) => Math.abs(e.yaw) > top - 5 && Math.abs(e.yaw) <= top);
  bands.push({
    top,
    p95: percentile(
      inBand.map((e) => Math.abs(e.error)),
      95,
    ),
    n: inBand.length,
  });
}
let capDeg = 0;
for (const band of bands) {
  if (band.p95 <= goal) capDeg = band.top;
  else break;
}
const within = sweepErrors.filter((e) => Math.abs(e.yaw) <= capDeg);

// ---- 2. repeats of a whole test: the retest spread ---------------------------------------------
const fps = 15;
function testPoses(condition, leftDeg, rightDeg, rng) {
  const jitter = (size) => (rng() * 2 - 1) * size;
  const base = {
    ...condition,
    pitchDeg: jitter(4),
    rollDeg: jitter(3),
    offsetCm: [jitter(2), jitter(2)],
    gain: 1 + jitter(0.12),
    noise: 0.02 + rng() * 0.02,
  };
  const yaws = [
    ...Array(fps).fill(0),
    ...ramp(0, leftDeg, 30 / fps),
    ...Array(Math.round(fps * 1.5)).fill(leftDeg),
    ...ramp(leftDeg, 0, 40 / fps),
    ...Array(Math.round(fps * 0.7)).fill(0),
    ...ramp(0, -rightDeg, 30 / fps),
    ...Array(Math.round(fps * 1.5)).fill(-rightDeg),
    ...ramp(-rightDeg, 0, 40 / fps),
    ...Array(Math.round(fps * 0.7)).fill(0),
  ];
  const restYaw = jitter(3);
  return yaws.map((yawDeg) => ({
    ...base,
    // A small tremor: a person holding still is never quite still.
    yawDeg: restYaw + yawDeg + jitter(0.4),
    seed: Math.floor(rng() * 1000),
  }));
}
const turnSides = { left: 50, right: 40 };
const retestResults = [];
const reportErrors = [];
const stillReadings = [];
for (const [ci, condition] of conditions.entries()) {
  const rng = random(1000 + ci);
  const results = [];
  for (let r = 0; r < repeats; r++) {
    const poses = testPoses(condition, turnSides.left, turnSides.right, rng);
    const { landmarks } = await page.evaluate(([p]) => window.runSequence(p, []), [poses]);
    const samples = landmarks.map((points, i) => ({
      atMs: Math.round((i * 1000) / fps),
      yawDeg: points ? pose.headYawDeg(toLandmarks(points), camera) : null,
    }));
    const result = test.turnResult(samples, test.defaultHold, 90);
    results.push(result);
    // The still head at the start: each reading from the resting position.
    const rest = test.restingYaw(samples);
    for (const s of samples.slice(0, fps))
      if (s.yawDeg !== null && rest !== null) stillReadings.push(s.yawDeg - rest);
    for (const side of ['left', 'right'])
      reportErrors.push(result[side] ? result[side].degrees - turnSides[side] : NaN);
  }
  retestResults.push({ condition, results });
}
await browser.close();
server.close();

// Pooled within-condition SD of each side's result over the repeats.
let sumSquares = 0;
let dof = 0;
let failedTests = 0;
for (const { results } of retestResults) {
  for (const side of ['left', 'right']) {
    const values = results.map((r) => r[side]?.degrees).filter((v) => v !== undefined);
    failedTests += results.length - values.length;
    if (values.length < 2) continue;
    sumSquares += sd(values) ** 2 * (values.length - 1);
    dof += values.length - 1;
  }
}
const retestSd = Math.sqrt(sumSquares / dof);

print(
  'turn-error-deg-p95',
  round(
    percentile(
      within.map((e) => Math.abs(e.error)),
      95,
    ),
  ),
);
print('turn-retest-sd-deg', round(retestSd));
print('turn-report-cap-deg', capDeg);
print(
  'turn-error-deg-p95-to-45',
  round(
    percentile(
      sweepErrors.filter((e) => Math.abs(e.yaw) <= 45).map((e) => Math.abs(e.error)),
      95,
    ),
  ),
);
print('turn-error-deg-mean-within-cap', round(mean(within.map((e) => e.error))));
print(
  'turn-error-deg-p95-absolute-within-cap',
  round(
    percentile(
      within.map((e) => Math.abs(e.absolute)),
      95,
    ),
  ),
);
print('turn-error-deg-p95-by-band', bands.map((b) => `${b.top}:${round(b.p95)}`).join(' '));
for (const shape of shapes)
  for (const lighting of lightingNames)
    for (const distanceCm of distances) {
      const errs = within.filter(
        (e) =>
          e.condition.shape === shape &&
          e.condition.lighting === lighting &&
          e.condition.distanceCm === distanceCm,
      );
      print(
        `turn-error-deg-p95-${shape}-${lighting}-${distanceCm}cm`,
        round(
          percentile(
            errs.map((e) => Math.abs(e.error)),
            95,
          ),
        ),
      );
    }
print('turn-sweep-frames', sweepErrors.length + sweepMissed);
print('turn-sweep-frames-without-face', sweepMissed);
print('turn-sweep-no-face-at-deg', [...new Set(missedAt)].join(' ') || 'none');
print(
  'turn-test-result-error-deg-p95',
  round(percentile(reportErrors.filter(Number.isFinite).map(Math.abs), 95)),
);
print('turn-test-result-error-deg-mean', round(mean(reportErrors.filter(Number.isFinite))));
print('turn-tests-side-not-found', failedTests);
print('turn-still-head-deg-p95', round(percentile(stillReadings.map(Math.abs), 95)));
print('turn-retest-smallest-real-change-deg', test.smallestRealChangeDeg(retestSd));
print('machine-load-1min', (await import('node:os')).loadavg()[0].toFixed(1));
