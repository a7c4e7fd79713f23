// Camera mode benchmark (npm run bench:hands): accuracy of the hand landmarks on the fixtures,
// speed of the camera mode in headless Chromium with the fixture video as a fake camera, and what
// it downloads. Prints `name: value` lines. Run it once or twice: it is slow, and its speed figures
// depend on what else the machine is doing.
//
// Needs ffmpeg (Debian) to turn the fixture video into frames and a fake-camera file; writes them
// into the git-ignored .cache/camera/.
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, readdirSync, statSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { createServer } from 'node:http';
import { createRequire } from 'node:module';
import { dirname, join, resolve } from 'node:path';
import { launchChromium } from '../scripts/chromium.mjs';
import { outPath } from '../scripts/out-dir.mjs';
import { startServer } from '../scripts/server.mjs';
import { mainThreadTasksMs } from './lib/main-thread-tasks.mjs';
import { cameraFiles } from '../build/camera-assets.mjs';

const require = createRequire(import.meta.url);
const root = resolve(dirname(new URL(import.meta.url).pathname), '..');
const fixtures = join(root, 'test/fixtures/hands');
const cache = join(root, '.cache/camera');
const outDir = outPath();
const port = Number(process.env.BENCH_PORT ?? 4186);
const staticPort = port + 1;
const quiet = { stdio: ['ignore', 'ignore', 'inherit'] };

function print(name, value) {
  console.log(`${name}: ${value}`);
}
const round = (value, digits = 1) => Math.round(value * 10 ** digits) / 10 ** digits;
function percentile(values, p) {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? NaN;
}
const mean = (values) => values.reduce((a, b) => a + b, 0) / values.length;

// ---- fixtures as files Chromium can read --------------------------------------------------------
mkdirSync(join(cache, 'frames'), { recursive: true });
if (readdirSync(join(cache, 'frames')).length < 325) {
  execFileSync(
    'ffmpeg',
    [
      '-loglevel',
      'error',
      '-y',
      '-i',
      join(fixtures, 'asl_hand.25fps.mp4'),
      '-q:v',
      '2',
      join(cache, 'frames/%04d.jpg'),
    ],
    quiet,
  );
}
const fakeCamera = join(cache, 'bench-hand.y4m');
if (!existsSync(fakeCamera)) {
  // The back of a left hand (hands.jpg) sliding left and right on a 640×480 camera, 10 s.
  execFileSync(
    'ffmpeg',
    [
      '-loglevel',
      'error',
      '-y',
      '-f',
      'lavfi',
      '-i',
      'color=c=white:s=640x480:r=25:d=10',
      '-loop',
      '1',
      '-framerate',
      '25',
      '-i',
      join(fixtures, 'hands.jpg'),
      '-filter_complex',
      "[1]crop=340:382:0:0[h];[0][h]overlay=x='40+200*(0.5-0.5*cos(2*PI*t/4))':y=49:shortest=1,format=yuv420p",
      fakeCamera,
    ],
    quiet,
  );
}

// ---- accuracy: tasks-vision directly on the fixture images, with the model we ship -------------
const visionDir = dirname(require.resolve('@mediapipe/tasks-vision'));
const files = cameraFiles();
const staticFiles = {
  '/vision_bundle.mjs': [join(visionDir, 'vision_bundle.mjs'), 'text/javascript'],
  '/hands.jpg': [join(fixtures, 'hands.jpg'), 'image/jpeg'],
};
const staticServer = createServer((request, response) => {
  const path = (request.url ?? '/').split('?')[0];
  if (path === '/') {
    response.setHeader('Content-Type', 'text/html');
    return response.end('<!doctype html><title>bench</title>');
  }
  if (path === '/hand_landmarker.task') return response.end(files.model.bytes);
  if (path.startsWith('/wasm/')) {
    response.setHeader(
      'Content-Type',
      path.endsWith('.wasm') ? 'application/wasm' : 'text/javascript',
    );
    return response.end(readFileSync(join(visionDir, path)));
  }
  if (path.startsWith('/frames/')) return response.end(readFileSync(join(cache, path)));
  const file = staticFiles[path];
  if (!file) {
    response.statusCode = 404;
    return response.end();
  }
  response.setHeader('Content-Type', file[1]);
  response.end(readFileSync(file[0]));
});
await new Promise((done) => staticServer.listen(staticPort, 'localhost', done));

const browser = await launchChromium({
  args: ['--use-fake-device-for-media-stream', `--use-file-for-fake-video-capture=${fakeCamera}`],
});

const accuracyPage = await browser.newPage();
await accuracyPage.goto(`http://localhost:${staticPort}/`);
const detected = await accuracyPage.evaluate(async (frameCount) => {
  const { FilesetResolver, HandLandmarker } = await import('/vision_bundle.mjs');
  const fileset = await FilesetResolver.forVisionTasks('/wasm');
  const make = (runningMode) =>
    HandLandmarker.createFromOptions(fileset, {
      baseOptions: { modelAssetPath: '/hand_landmarker.task', delegate: 'CPU' },
      runningMode,
      numHands: 2,
    });
  const toPixels = (result, width, height) =>
    result.landmarks.map((hand, i) => ({
      label: result.handedness[i]?.[0]?.categoryName,
      points: hand.map((p) => [p.x * width, p.y * height]),
    }));
  const load = async (url) => createImageBitmap(await (await fetch(url)).blob());
  const image = await make('IMAGE');
  const photo = await load('/hands.jpg');
  const photoHands = toPixels(image.detect(photo), photo.width, photo.height);
  image.close();
  // As the camera mode sees a hand held still: three frames in VIDEO mode, which tracks.
  const still = await make('VIDEO');
  let stillResult;
  for (let i = 1; i <= 3; i++) stillResult = still.detectForVideo(photo, i * 40);
  const photoHandsTracked = toPixels(stillResult, photo.width, photo.height);
  still.close();
  const video = await make('VIDEO');
  const frames = [];
  for (let i = 1; i <= frameCount; i++) {
    const frame = await load(`/frames/${String(i).padStart(4, '0')}.jpg`);
    frames.push(toPixels(video.detectForVideo(frame, i * 40), frame.width, frame.height));
    frame.close();
  }
  return { photoHands, photoHandsTracked, frames };
}, 325);
await accuracyPage.close();
staticServer.close();

const { handZones, cunOf } = await import('../src/features/camera/core/hand-points.ts').catch(
  async () => {
    // Node cannot import TypeScript directly: use the same maths through Vite's SSR loader.
    const { createServer: createVite } = await import('vite');
    const vite = await createVite({
      server: { middlewareMode: true },
      appType: 'custom',
      logLevel: 'silent',
    });
    const module = await vite.ssrLoadModule('/src/features/camera/core/hand-points.ts');
    await vite.close();
    return module;
  },
);
const toPoints = (hand) => hand.map(([x, y]) => ({ x, y }));
const distance = (a, b) => Math.hypot(a[0] - b[0], a[1] - b[1]);
function nearest(hands, reference) {
  let best = null;
  for (const hand of hands) {
    const errors = hand.points.map((p, i) => distance(p, reference[i]));
    const meanError = mean(errors);
    if (!best || meanError < best.meanError) best = { hand, errors, meanError };
  }
  return best;
}
function pointErrorsCun(detectedPoints, referencePoints) {
  const cun = cunOf(toPoints(referencePoints));
  const a = handZones(toPoints(detectedPoints));
  const b = handZones(toPoints(referencePoints));
  return a.map(
    (zone, i) => Math.hypot(zone.centre.x - b[i].centre.x, zone.centre.y - b[i].centre.y) / cun,
  );
}

const photoReference = JSON.parse(readFileSync(join(fixtures, 'reference-landmarks.json'), 'utf8'));
const landmarkNames = ['wrist', 'thumb CMC', 'thumb MCP', 'thumb IP', 'thumb tip'].concat(
  ...['index', 'middle', 'ring', 'little'].map((f) =>
    ['MCP', 'PIP', 'DIP', 'tip'].map((j) => `${f} ${j}`),
  ),
);
const photoErrors = [];
const pointErrors = [];
// MediaPipe's own hands test compares each coordinate on its own (|dx| and |dy| < 20 px); the
// distances (Euclidean) are the stricter reading of the fixture's "within 20 px".
let photoAxisMax = 0;
let photoWorst = null;
for (const reference of photoReference.hands) {
  const match = nearest(detected.photoHands, reference);
  if (!match) continue;
  photoErrors.push(...match.errors);
  pointErrors.push(...pointErrorsCun(match.hand.points, reference));
  match.hand.points.forEach(([x, y], i) => {
    const [dx, dy] = [x - reference[i][0], y - reference[i][1]];
    photoAxisMax = Math.max(photoAxisMax, Math.abs(dx), Math.abs(dy));
    if (!photoWorst || match.errors[i] > photoWorst.error) {
      const side = reference[0][0] < photoReference.size.width / 2 ? 'left' : 'right';
      photoWorst = {
        error: match.errors[i],
        text: `${side} hand in the picture, landmark ${i} (${landmarkNames[i]}), dx ${round(dx)} dy ${round(dy)}`,
      };
    }
  });
}
const photoErrorsTracked = photoReference.hands.flatMap(
  (reference) => nearest(detected.photoHandsTracked, reference)?.errors ?? [],
);
const videoReference = JSON.parse(readFileSync(join(fixtures, 'asl_hand.full.json'), 'utf8'));
const frameErrors = [];
let missed = 0;
videoReference.forEach((reference, i) => {
  const match = nearest(detected.frames[i] ?? [], reference);
  if (!match) {
    missed += 1;
    return;
  }
  frameErrors.push(match.meanError);
  pointErrors.push(...pointErrorsCun(match.hand.points, reference));
});

// ---- the camera mode in the built app -----------------------------------------------------------
if (!existsSync(join(outDir, 'index.html'))) {
  execFileSync('npx', ['vite', 'build'], { cwd: root, ...quiet });
}
// None of the camera code may be in what the first screen loads.
const indexHtml = readFileSync(join(outDir, 'index.html'), 'utf8');
const firstScreenJs = [...indexHtml.matchAll(/(?:src|href)="\/(assets\/[^"]+\.js)"/g)].map(
  (m) => m[1],
);
const cameraMarkers = ['getUserMedia', 'HandLandmarker', 'hand_landmarker', 'ModuleFactory'];
const leaked = firstScreenJs.filter((file) => {
  const text = readFileSync(join(outDir, file), 'utf8');
  return cameraMarkers.some((marker) => text.includes(marker));
});

const cameraBuildFiles = [
  ...readdirSync(join(outDir, 'camera'), { recursive: true })
    .map((name) => join(outDir, 'camera', String(name)))
    .filter((path) => statSync(path).isFile()),
  ...readdirSync(join(outDir, 'assets'))
    .filter((name) => /^(camera|hand-landmarker)[^/]*\.(js|css)$/.test(name))
    .map((name) => join(outDir, 'assets', name)),
];
const cameraBuildBytes = cameraBuildFiles.reduce(
  (sum, path) => {
    const bytes = readFileSync(path);
    return { raw: sum.raw + bytes.length, gz: sum.gz + gzipSync(bytes).length };
  },
  { raw: 0, gz: 0 },
);

const server = await startServer(port);

const context = await browser.newContext({ permissions: ['camera'], serviceWorkers: 'block' });
// Counts the frames camera mode hands to its hand worker (one detection each, one at a time),
// from outside the app: nothing in the app itself exists for this benchmark.
await context.addInitScript(() => {
  window.benchDetections = 0;
  const post = Worker.prototype.postMessage;
  Worker.prototype.postMessage = function (message, ...rest) {
    if (message && message.type === 'detect') window.benchDetections += 1;
    return post.call(this, message, ...rest);
  };
});
const base = server.url;
let downloadedBytes = 0;
context.on('requestfinished', async (request) => {
  const url = new URL(request.url());
  if (url.origin !== base) return;
  const isCamera =
    url.pathname.startsWith('/camera/') ||
    /\/assets\/(camera|hand-landmarker)[^/]*\.(js|css)$/.test(url.pathname);
  if (!isCamera) return;
  const sizes = await request.sizes().catch(() => null);
  downloadedBytes += sizes ? sizes.responseBodySize + sizes.responseHeadersSize : 0;
});

/** Opens the guide page, taps "Camera: my left hand", returns ms until the first zone is drawn. */
async function timeToFirstZone(page) {
  await page.goto(`${base}/points/EX-UE8`);
  await page.evaluate(() => {
    window.benchZone = new Promise((done) => {
      const check = () =>
        document.querySelector('svg circle.camera-zone') && done(performance.now());
      new MutationObserver(check).observe(document.body, {
        subtree: true,
        childList: true,
        attributes: true,
      });
    });
  });
  const link = page.getByRole('link', { name: 'Camera: my left hand' });
  const viaLink = (await link.count()) > 0;
  const start = await page.evaluate(() => performance.now());
  if (viaLink) await link.click();
  else
    await page.evaluate(() => {
      history.pushState(null, '', '/camera/EX-UE8/left');
      dispatchEvent(new PopStateEvent('popstate'));
    });
  const zoneAt = await page.evaluate(() => window.benchZone);
  return zoneAt - start;
}

const first = await context.newPage();
const firstZoneDownload = await timeToFirstZone(first);
const cameraDownloadBytes = downloadedBytes;

// Tracking speed and how smooth the page stays, over 10 s of tracking. The 'longtask' observer
// reports only tasks over 50 ms, so its count says "none over 50 ms" when 0; the gaps between
// animation frames show every stall the person would see, however short.
await first.evaluate(() => {
  window.longtasks = [];
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) window.longtasks.push(entry.duration);
  }).observe({ type: 'longtask' });
  window.frameGaps = [];
  let last = null;
  // performance.now(), not the callback's argument: headless Chromium stamps frames on a steady
  // beat even when a callback runs late.
  const tick = () => {
    const now = performance.now();
    if (last !== null) window.frameGaps.push(now - last);
    last = now;
    window.frameGapsRaf = requestAnimationFrame(tick);
  };
  requestAnimationFrame(tick);
});
const framesAt = () => first.evaluate(() => window.benchDetections);
const frames0 = await framesAt();
const t0 = Date.now();
await first.waitForTimeout(10_000);
const frames1 = await framesAt();
const handFps = ((frames1 - frames0) * 1000) / (Date.now() - t0);
const { longtasks, frameGaps } = await first.evaluate(() => {
  cancelAnimationFrame(window.frameGapsRaf);
  return { longtasks: window.longtasks, frameGaps: window.frameGaps };
});
// Every task on the page's main thread, from a Chromium trace over 5 more s of tracking (apart
// from the 10 s above, so that tracing does not slow the frame rate measured there).
await browser.startTracing(first, { categories: ['toplevel'] });
await first.waitForTimeout(5_000);
const mainTasks = mainThreadTasksMs(JSON.parse(String(await browser.stopTracing())));
await first.close();

const second = await context.newPage();
const firstZoneCached = await timeToFirstZone(second);
await second.close();
await context.close();
await browser.close();
await server.stop();

print('hand-fps', round(handFps));
print('first-zone-ms-download', Math.round(firstZoneDownload));
print('first-zone-ms-cached', Math.round(firstZoneCached));
print('longtasks-over-50ms', longtasks.length);
// The name for the main thread's longest task while tracking: every task in a 5 s
// trace, not only those the long-task observer reports (over 50 ms).
print('longest-task-ms', Math.round(Math.max(0, ...mainTasks)));
print('main-tasks-traced', mainTasks.length);
print('longest-frame-gap-ms', Math.round(Math.max(0, ...frameGaps)));
print('frame-gap-ms-p99', round(percentile(frameGaps, 99)));
print('landmark-error-px-mean', round(mean(frameErrors)));
print('landmark-error-px-p95', round(percentile(frameErrors, 95)));
print('point-error-cun-p95', round(percentile(pointErrors, 95), 2));
// What camera mode's first use fetches: its files in the build (the network count beside it
// is what the browser reported, which can miss a worker's streamed responses).
print('camera-download-kb', Math.round(cameraBuildBytes.raw / 1024));
print('camera-download-gz-kb', Math.round(cameraBuildBytes.gz / 1024));
print('camera-download-kb-observed', Math.round(cameraDownloadBytes / 1024));
// Extra figures: the photo's worst landmark (tolerance 20 px; one still image, and the same image
// seen as three camera frames, as camera mode would see a hand held still), frames without a hand,
// and camera code found in the first screen's JavaScript (must be 0).
print('photo-landmark-error-px-max', round(Math.max(...photoErrors)));
print('photo-worst-landmark', photoWorst?.text ?? 'none');
print('photo-landmark-error-px-max-per-axis', round(photoAxisMax));
print('photo-landmark-error-px-mean', round(mean(photoErrors)));
print('photo-landmark-error-px-max-tracked', round(Math.max(...photoErrorsTracked)));
print('video-frames-missed', missed);
print('camera-files-in-first-screen-js', leaked.length);
// Speed figures depend on what else runs: the machine's load when this run ended.
print('machine-load-1min', (await import('node:os')).loadavg()[0].toFixed(1));
