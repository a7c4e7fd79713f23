import { execFileSync } from 'node:child_process';
import { resolve } from 'node:path';
import { existsSync, mkdirSync, readFileSync } from 'node:fs';
import { chromium, type Browser, type BrowserContext, type Page } from '@playwright/test';
import { axeViolations, expect, test } from './fixtures';
import { chromiumArgs, findChromium } from '../scripts/chromium.mjs';
import { resultsDir } from '../scripts/out-dir.mjs';
import { collectPageErrors } from '../scripts/page-errors.mjs';
import { handZones, cunOf, spotOnHand, type Point2 } from '../src/features/camera/core/hand-points';
import { spotsFile } from './journal-file';

/**
 * Camera mode with a fake camera: Chromium plays a video made from the hand fixtures
 * (test/fixtures/hands) as its camera. The video (made here with ffmpeg, into the git-ignored
 * .cache/) loops 12 s: 8 s of the back of a left hand (hands.jpg) sliding left and right,
 * then 4 s of the signing video, which shows the palm of a right hand.
 */
const cacheDir = '.cache/camera';
const video = resolve(`${cacheDir}/e2e-hands.y4m`);
const shots = resultsDir();
const fixtures = 'test/fixtures/hands';
// hands.jpg's left hand is cropped at (0, 0) and drawn at (dx, 49), dx sliding from 10 to 140.
const slide = { minX: 10, maxX: 140, y: 49 };

function makeFakeCameraVideo(): void {
  if (existsSync(video)) return;
  mkdirSync(cacheDir, { recursive: true });
  const filter = [
    `[1]crop=340:382:0:0[h]`,
    `[0][h]overlay=x='${slide.minX}+${slide.maxX - slide.minX}*(0.5-0.5*cos(2*PI*t/4))':y=${slide.y}:shortest=1,format=yuv420p,setsar=1[a]`,
    `[2]fps=15,scale=276:480,pad=480:480:102:0:color=0xa8d0ee,format=yuv420p,setsar=1[b]`,
    `[a][b]concat=n=2:v=1[out]`,
  ].join(';');
  execFileSync('ffmpeg', [
    '-loglevel',
    'error',
    '-y',
    '-f',
    'lavfi',
    '-i',
    'color=c=white:s=480x480:r=15:d=8',
    '-loop',
    '1',
    '-framerate',
    '15',
    '-i',
    `${fixtures}/hands.jpg`,
    '-ss',
    '4',
    '-t',
    '4',
    '-i',
    `${fixtures}/asl_hand.25fps.mp4`,
    '-filter_complex',
    filter,
    '-map',
    '[out]',
    video,
  ]);
}

let browser: Browser;
const problems: string[] = [];

/** A context that fails the test on foreign requests and console errors, like ./fixtures. */
async function newContext(
  baseURL: string,
  camera: boolean,
  from: Browser = browser,
): Promise<BrowserContext> {
  const context = await from.newContext({
    baseURL,
    serviceWorkers: 'allow',
    permissions: camera ? ['camera'] : [],
  });
  const origin = new URL(baseURL).origin;
  await context.route('**/*', async (route) => {
    const url = route.request().url();
    if (url.startsWith(origin) || url.startsWith('data:') || url.startsWith('blob:')) {
      await route.continue();
    } else {
      problems.push(`foreign request: ${url}`);
      await route.abort('blockedbyclient');
    }
  });
  // Records every camera stream, to check that its tracks end when camera mode closes.
  await context.addInitScript(() => {
    const streams: MediaStream[] = [];
    (window as unknown as { cameraStreams: MediaStream[] }).cameraStreams = streams;
    const original = navigator.mediaDevices?.getUserMedia?.bind(navigator.mediaDevices);
    if (original) {
      navigator.mediaDevices.getUserMedia = async (constraints) => {
        const stream = await original(constraints);
        streams.push(stream);
        return stream;
      };
    }
  });
  context.on('page', (page) => collectPageErrors(page, problems));
  return context;
}

/** The Luozhen zone on hands.jpg's left hand, from the reference landmarks. */
function referenceZone(): {
  x: number;
  y: number;
  cun: number;
  spot: (u: number, v: number) => Point2;
} {
  const reference = JSON.parse(readFileSync(`${fixtures}/reference-landmarks.json`, 'utf8')) as {
    hands: [number, number][][];
  };
  // The left hand in the picture is the one whose wrist is on the left.
  const hand = reference.hands
    .map((h) => h.map(([x, y]): Point2 => ({ x, y })))
    .sort((a, b) => (a[0]?.x ?? 0) - (b[0]?.x ?? 0))[0] as Point2[];
  const zone = handZones(hand).find((z) => z.pointId === 'EX-UE8');
  if (!zone) throw new Error('no zone');
  return {
    x: zone.centre.x,
    y: zone.centre.y,
    cun: cunOf(hand),
    spot: (u, v) => spotOnHand(zone, { u, v }),
  };
}

/** The drawn zone and "your spot" on the live hand, in the frame's pixels, from one moment. */
async function drawnSpot(page: Page) {
  return page.evaluate(() => {
    const zone = document.querySelector('svg circle.camera-zone');
    const spot = document.querySelector('svg .camera-your-spot');
    const place = spot?.getAttribute('transform')?.match(/translate\(([-\d.e]+) ([-\d.e]+)\)/);
    if (!zone || !place) return null;
    return {
      zone: { x: Number(zone.getAttribute('cx')), y: Number(zone.getAttribute('cy')) },
      r: Number(zone.getAttribute('r')),
      spot: { x: Number(place[1]), y: Number(place[2]) },
    };
  });
}

/** The drawn zone's centre in the frame's pixels, from the circle the person sees. */
async function zoneAt(page: Page): Promise<{ x: number; y: number } | null> {
  return page.evaluate(() => {
    const zone = document.querySelector('svg circle.camera-zone');
    if (!zone) return null;
    return { x: Number(zone.getAttribute('cx')), y: Number(zone.getAttribute('cy')) };
  });
}

test.describe.configure({ mode: 'serial' });

test.beforeAll(() => {
  makeFakeCameraVideo();
});

test.beforeAll(async () => {
  const executablePath = findChromium();
  browser = await chromium.launch({
    ...(executablePath ? { executablePath } : {}),
    args: [
      ...chromiumArgs,
      '--use-fake-device-for-media-stream',
      `--use-file-for-fake-video-capture=${video}`,
    ],
  });
});

test.afterAll(async () => {
  await browser?.close();
});

test.afterEach(() => {
  const seen = problems.splice(0);
  expect(seen, 'foreign requests and console errors').toEqual([]);
});

let shared: BrowserContext;
let guidePage: Page;

test('draws the Luozhen zone on the back of the hand, follows it, and stops the camera on close', async ({
  baseURL,
}) => {
  test.setTimeout(240_000);
  shared = await newContext(baseURL ?? '', true);
  const page = await shared.newPage();
  await page.goto('/camera/EX-UE8/left');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Find the point on your hand');
  // First use: the download, with its size and a progress bar.
  await expect(page.getByText(/downloads 20\.\d MB/)).toBeVisible({ timeout: 30_000 });
  await expect(page.getByRole('progressbar', { name: 'Download progress' })).toBeVisible();
  await expect(page.getByText(/Start here, then feel around/)).toBeVisible({ timeout: 180_000 });

  // The zone sits on the hand: where the reference landmarks put it, moved as the video slides.
  const reference = referenceZone();
  const seen: { x: number; y: number }[] = [];
  for (let i = 0; i < 40 && seen.length < 12; i++) {
    const zone = await zoneAt(page);
    if (zone) seen.push(zone);
    await page.waitForTimeout(250);
  }
  expect(seen.length).toBeGreaterThan(4);
  for (const zone of seen) {
    expect(Math.abs(zone.y - (reference.y + slide.y))).toBeLessThan(0.5 * reference.cun);
    expect(zone.x).toBeGreaterThan(reference.x + slide.minX - 0.5 * reference.cun);
    expect(zone.x).toBeLessThan(reference.x + slide.maxX + 0.5 * reference.cun);
  }
  const xs = seen.map((zone) => zone.x);
  expect(Math.max(...xs) - Math.min(...xs), 'the zone follows the hand').toBeGreaterThan(40);
  await page.screenshot({ path: `${shots}/camera-tracking.png`, fullPage: true });
  expect(await axeViolations(page)).toEqual([]);

  await page.getByRole('button', { name: 'Close the camera' }).click();
  await expect(page).toHaveURL(/\/points\/EX-UE8$/);
  const live = await page.evaluate(() =>
    (window as unknown as { cameraStreams: MediaStream[] }).cameraStreams.flatMap((stream) =>
      stream.getTracks().map((track) => track.readyState),
    ),
  );
  expect(live.length).toBeGreaterThan(0);
  expect(
    live.every((state) => state === 'ended'),
    'every camera track has ended',
  ).toBe(true);
  guidePage = page;
});

test('says when it sees the other hand, and when it sees the palm', async () => {
  test.setTimeout(120_000);
  // From the guide page, the other hand: the hand model is still warm from the first test.
  const page = guidePage;
  await page.getByRole('link', { name: 'Camera: my right hand' }).click();
  await expect(page).toHaveURL(/\/camera\/EX-UE8\/right$/);
  await expect(
    page.getByText('That is your left hand. Show the back of your right hand.'),
  ).toBeVisible({
    timeout: 90_000,
  });
  await page.screenshot({ path: `${shots}/camera-wrong-hand.png`, fullPage: true });
  await expect(page.getByText('That is your palm. Show the back of your right hand.')).toBeVisible({
    timeout: 30_000,
  });
  await page.screenshot({ path: `${shots}/camera-palm.png`, fullPage: true });
  await page.getByRole('button', { name: 'Show the drawn guide' }).click();
  await expect(page).toHaveURL(/\/points\/EX-UE8$/);
  await page.close();
});

test('draws your spot on the live hand where its hand-relative place says, and marks it with a tap', async () => {
  test.setTimeout(180_000);
  const page = await shared.newPage();
  await page.setViewportSize({ width: 390, height: 844 });
  // A spot saved earlier on the left hand's Luozhen: 0.6 zone radii toward the thumb (the left
  // hand's picture is the right one mirrored, so +u) and 0.5 toward the fingers.
  const placed = { u: 0.6, v: -0.5 };
  await page.goto('/history');
  await page.getByLabel('Import a journal file (JSON exported from Acupress)').setInputFiles(
    spotsFile([
      {
        id: 'spot-1',
        pointId: 'EX-UE8',
        side: 'left',
        atEpochMs: Date.UTC(2026, 10, 30, 8),
        outcome: 'tapped',
        ...placed,
      },
    ]),
  );
  await expect(page.getByText(/^Imported/)).toBeVisible();

  await page.goto('/camera/EX-UE8/left');
  await expect(page.getByText(/Start here, then feel around/)).toBeVisible({ timeout: 90_000 });
  const words =
    'Your spot: toward the thumb and a little toward the fingers from the middle of the zone.';
  await expect(page.getByText(words)).toBeVisible({ timeout: 30_000 });

  // Where the reference landmarks put that place, relative to the zone's centre: the video only
  // slides the hand, so the offset is the same on every frame, in the frame's pixels.
  const reference = referenceZone();
  const at = reference.spot(placed.u, placed.v);
  const expected = { x: at.x - reference.x, y: at.y - reference.y };
  // The fake camera's loop ends with 4 s of a signing hand, whose palm can pass for the back of
  // a left hand: the samples taken are those with the zone where the photo's hand puts it
  // (its height is fixed while the photo slides), on the photo's hand.
  const onPhoto = (drawn: Awaited<ReturnType<typeof drawnSpot>>) =>
    drawn !== null && Math.abs(drawn.zone.y - (reference.y + slide.y)) < 0.5 * reference.cun;
  const seen: NonNullable<Awaited<ReturnType<typeof drawnSpot>>>[] = [];
  for (let i = 0; i < 60 && seen.length < 10; i++) {
    const drawn = await drawnSpot(page);
    if (drawn && onPhoto(drawn)) seen.push(drawn);
    await page.waitForTimeout(250);
  }
  expect(seen.length).toBeGreaterThan(4);
  for (const { zone, r, spot } of seen) {
    // Within a sixth of a finger width (the landmarks' own tolerance is about 0.4 cun).
    expect(Math.abs(spot.x - zone.x - expected.x)).toBeLessThan(reference.cun / 6);
    expect(Math.abs(spot.y - zone.y - expected.y)).toBeLessThan(reference.cun / 6);
    expect(Math.hypot(spot.x - zone.x, spot.y - zone.y)).toBeLessThan(r);
    expect(Math.abs(spot.y - (at.y + slide.y))).toBeLessThan(0.5 * reference.cun);
  }
  const xs = seen.map((drawn) => drawn.spot.x);
  expect(Math.max(...xs) - Math.min(...xs), 'the spot follows the hand').toBeGreaterThan(40);
  // The thumb of this left hand is toward the image's right: so is the spot.
  expect(expected.x).toBeGreaterThan(0);
  expect(await axeViolations(page)).toEqual([]);
  for (const scheme of ['light', 'dark'] as const) {
    await page.emulateMedia({ colorScheme: scheme });
    await expect.poll(async () => onPhoto(await drawnSpot(page)), { timeout: 30_000 }).toBe(true);
    await page.screenshot({ path: `${shots}/camera-your-spot-${scheme}.png`, fullPage: true });
  }
  await page.emulateMedia({ colorScheme: 'light' });

  // A tap on the zone's centre, while the hand is there: saved as the spot, like a tap on the
  // picture. (The video turns to the palm for 4 s of every 12: then the app asks for the hand.)
  await expect(async () => {
    const box = await page.locator('svg circle.camera-zone').boundingBox({ timeout: 10_000 });
    if (!box) throw new Error('no zone on screen');
    await page.mouse.click(box.x + box.width / 2, box.y + box.height / 2);
    await expect(page.getByText('Saved as your spot.')).toBeVisible({ timeout: 2_000 });
  }).toPass({ timeout: 60_000 });
  // The spot moved toward the tap: the middle of the two marks.
  await expect(page.getByText(words)).toHaveCount(0);
  await expect(page.getByText(/^Your spot: /)).toBeVisible();
  expect(await axeViolations(page)).toEqual([]);

  // A tap far from the hand, in the picture's corner: not taken as the spot.
  await expect(async () => {
    await expect(page.locator('svg circle.camera-zone')).toBeVisible({ timeout: 10_000 });
    const view = await page.getByLabel(/Camera view of your hand/).boundingBox();
    if (!view) throw new Error('no view');
    await page.mouse.click(view.x + 8, view.y + 8);
    await expect(page.getByText(/not saved as your spot\. The point may be elsewhere/)).toBeVisible(
      {
        timeout: 2_000,
      },
    );
  }).toPass({ timeout: 60_000 });
  // With the keyboard alone: the view takes focus, the arrow keys move a marker on the hand
  // (its place in words), Enter saves it like a tap.
  const view = page.getByRole('application', { name: /^Your hand: tap your tender spot/ });
  await expect(async () => {
    await expect(page.locator('svg circle.camera-zone')).toBeVisible({ timeout: 10_000 });
    await view.focus();
    // Down on screen is toward the wrist on this upright hand: a whole zone radius down.
    for (let press = 0; press < 4; press += 1) await page.keyboard.press('ArrowDown');
    await expect(page.getByText(/^Marker: .*toward the wrist/)).toBeVisible({ timeout: 2_000 });
    await page.keyboard.press('Enter');
    await expect(page.getByText('Saved as your spot.')).toBeVisible({ timeout: 2_000 });
  }).toPass({ timeout: 60_000 });
  await expect(page.getByText(/^Marker: /)).toHaveCount(0);
  await page.keyboard.press('ArrowLeft');
  await expect(page.locator('svg .camera-your-spot.is-pending')).toHaveCount(1);
  expect(await axeViolations(page)).toEqual([]);
  await page.getByLabel(/Camera view of your hand/).screenshot({
    path: `${shots}/camera-your-spot-keyboard.png`,
  });
  await page.keyboard.press('Escape');
  await expect(page.locator('svg .camera-your-spot.is-pending')).toHaveCount(0);

  await page.getByRole('button', { name: 'Close the camera' }).click();
  await expect(page).toHaveURL(/\/points\/EX-UE8$/);
  await page.close();
});

test('works offline after its first use', async () => {
  test.setTimeout(120_000);
  const page = await shared.newPage();
  await page.goto('/points/LI4');
  // The service worker keeps the app itself; camera mode's own files are in its cache.
  await page.evaluate(async () => {
    await navigator.serviceWorker.ready;
  });
  await page.reload();
  await expect.poll(() => page.evaluate(() => !!navigator.serviceWorker.controller)).toBe(true);
  // Only the app's first visit and camera mode's first use (in the first test) went online.
  await shared.setOffline(true);
  try {
    await page.goto('/camera/LI4/left');
    await expect(page.getByText(/Start here, then feel around/)).toBeVisible({ timeout: 90_000 });
    await expect(page.getByText(/downloads 20\.\d MB/)).toHaveCount(0);
    await page.getByRole('button', { name: 'Close the camera' }).click();
  } finally {
    await shared.setOffline(false);
  }
  await page.close();
  await shared.close();
});

test('explains a refused camera and keeps the drawn guide one tap away', async ({ baseURL }) => {
  const context = await newContext(baseURL ?? '', false);
  const page = await context.newPage();
  await page.goto('/camera/LI4/left');
  await expect(page.getByRole('alert')).toContainText('Camera access is turned off for this app', {
    timeout: 30_000,
  });
  expect(await axeViolations(page)).toEqual([]);
  await page.screenshot({ path: `${shots}/camera-denied.png` });
  await page.getByRole('button', { name: 'Show the drawn guide' }).click();
  await expect(page).toHaveURL(/\/points\/LI4$/);
  await context.close();
});

test('says when the device has no camera, without a retry, and keeps the drawn guide', async ({
  baseURL,
}) => {
  // A real Chromium without a camera: its own fake capture factory with zero video devices
  // (the same on any machine, whatever cameras it has), and the camera permission granted, so
  // getUserMedia itself rejects with NotFoundError.
  const executablePath = findChromium();
  const cameraless = await chromium.launch({
    ...(executablePath ? { executablePath } : {}),
    args: [...chromiumArgs, '--use-fake-device-for-media-stream=device-count=0'],
  });
  try {
    const context = await newContext(baseURL ?? '', true, cameraless);
    const page = await context.newPage();
    await page.goto('/camera/LI4/left');
    await expect(page.getByRole('alert')).toContainText('No camera was found on this device', {
      timeout: 30_000,
    });
    await expect(page.getByRole('button', { name: 'Try again' })).toHaveCount(0);
    expect(await axeViolations(page)).toEqual([]);
    await page.screenshot({ path: `${shots}/camera-no-camera.png` });
    await page.getByRole('button', { name: 'Show the drawn guide' }).click();
    await expect(page).toHaveURL(/\/points\/LI4$/);
    await context.close();
  } finally {
    await cameraless.close();
  }
});
