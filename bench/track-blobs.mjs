// npm run bench:track-blobs — where the session's rendered parts live in a real Chromium: in the
// page's memory, or on the disk. A default routine (left side, 1 minute a point, Voice on) plays
// for BENCH_TRACK_S seconds (default 60); every 5 s the bench reads Chromium's own registry of
// Blobs (chrome://blob-internals) and sums the audio Blobs by where their bytes are: "filesystem"
// items are files in the origin private file system (src/platform/track-disk.ts), anything else
// is held in memory. Builds nothing: run `npm run build` first (or set ACUPRESS_OUT).
// Prints, at the worst sample:
//   track-blobs-in-memory-max, track-mb-in-memory-max     audio Blobs whose bytes are in memory
//   track-files-on-disk-max, track-mb-on-disk-max         distinct part files the Blobs read from
import { launchChromium } from '../scripts/chromium.mjs';
import { startServer } from '../scripts/server.mjs';
import { asScreenedUser } from './lib/screened-user.mjs';

const playS = Number(process.env.BENCH_TRACK_S ?? 60);

/** The audio Blobs of chrome://blob-internals' text, by where their bytes are. */
export function audioBlobs(text) {
  const memory = new Map();
  const disk = new Map();
  for (const entry of text.split(
    /\n(?=[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}\n)/,
  )) {
    const [uuid] = entry.split('\n');
    if (!/Content Type: audio\//.test(entry)) continue;
    const lengths = [...entry.matchAll(/Length: ([\d,]+)/g)].map(([, n]) =>
      Number(n.replaceAll(',', '')),
    );
    const file = /Type: filesystem\nURL: \{ uri: (\S+)/.exec(entry)?.[1];
    if (file) disk.set(file, lengths.at(-1) ?? 0);
    else memory.set(uuid, lengths.at(-1) ?? 0);
  }
  const mb = (map) => [...map.values()].reduce((sum, bytes) => sum + bytes, 0) / 1e6;
  return { inMemory: memory.size, mbInMemory: mb(memory), onDisk: disk.size, mbOnDisk: mb(disk) };
}

const server = await startServer(Number(process.env.BENCH_PORT ?? 4194));
const browser = await launchChromium();
try {
  const context = await browser.newContext();
  await asScreenedUser(context);
  const page = await context.newPage();
  await page.goto(`${server.url}/session`);
  await page.getByRole('radio', { name: 'Left side' }).check();
  await page.getByRole('button', { name: 'Start the session' }).click();
  await page.getByRole('button', { name: 'Start now' }).click();
  const internals = await context.newPage();
  const worst = { inMemory: 0, mbInMemory: 0, onDisk: 0, mbOnDisk: 0 };
  for (let second = 5; second <= playS; second += 5) {
    await page.waitForTimeout(5_000);
    await internals.goto('chrome://blob-internals');
    const now = audioBlobs(await internals.evaluate(() => document.body.innerText));
    for (const key of Object.keys(worst)) worst[key] = Math.max(worst[key], now[key]);
  }
  console.log(
    [
      `track-blobs-in-memory-max: ${worst.inMemory}`,
      `track-mb-in-memory-max: ${worst.mbInMemory.toFixed(2)}`,
      `track-files-on-disk-max: ${worst.onDisk}`,
      `track-mb-on-disk-max: ${worst.mbOnDisk.toFixed(2)}`,
    ].join('\n'),
  );
} finally {
  await browser.close();
  await server.close?.();
}
