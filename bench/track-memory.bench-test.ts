// What the session's track holds in memory (issue 24, "at most two track blobs alive"): whole
// sessions run on the session model with the fake ports of the unit tests, but every part the
// model asks for is rendered as the real FLAC the worker writes. Each second of session, the
// garbage collector runs and the files still alive are counted and weighed (the file the media
// element plays counts once, as its object URL keeps it). In the browser each of these files is
// in the origin private file system and the page holds a Blob read from it, a handle to the disk
// (src/platform/track-disk.ts; e2e/locked-player.spec.ts reads them there): the megabytes below
// are what the disk holds, not the page's memory, where the folder can be written. Prints
// `name: value` lines; run it with
//   npm run bench:track-memory
import { readFileSync, readdirSync } from 'node:fs';
import { expect, it } from 'vitest';
import { createFakeSessionPlatform } from '../test/session-fakes';
import { createSessionModel, type StartOptions } from '../src/features/session/model/session-model';
import { defaultTiming } from '../src/features/session/core/timeline';
import { renderTrackFile, type TrackRequest } from '../src/features/session/core/track';
import { sessionWords } from '../src/features/session/ui/session-words';

const gc = (globalThis as { gc?: () => void }).gc;
const bankFile = readdirSync('public/voice').find((name) => name.startsWith('en-'));
const enBank = bankFile ? new Uint8Array(readFileSync(`public/voice/${bankFile}`)) : undefined;

interface Scenario {
  readonly name: string;
  readonly options: StartOptions;
  /** Seconds each wait-for-me gate waits before Ready. */
  readonly gateWaitS: number;
}

const routine = (waitForMe: boolean, voice: boolean): StartOptions => ({
  painSide: 'left',
  // The set-up's default: 1 minute a point.
  planOptions: { holdMs: 60_000 },
  timing: defaultTiming,
  waitForMe,
  cueStyle: { voice, tones: true, vibration: false, breathSound: true },
  before: {},
});

async function measure({ name, options, gateWaitS }: Scenario) {
  const fake = createFakeSessionPlatform();
  const sizes = new Map<string, number>();
  let renderMs = 0;
  let longerRenderMs = 0;
  let longerRenders = 0;
  const alive = new Set<{ ref: WeakRef<Blob>; bytes: number; kind: 'bed' | '+30 s' | 'part' }>();
  // A part of the hold with 30 s more, rendered ahead: it stops where the current timeline has
  // neither its end nor a gate.
  const isLonger = (request: TrackRequest) => {
    const timeline = model.timeline.value;
    if (!timeline || request.untilMs === 0) return false;
    const stops = [timeline.totalMs, ...timeline.steps.map((step) => step.holdStartMs)];
    return !stops.includes(request.untilMs);
  };
  const fakeRender = fake.platform.renderer.render;
  fake.platform.renderer.render = async (request: TrackRequest) => {
    const blob = await fakeRender(request);
    const key = JSON.stringify(request);
    let bytes = sizes.get(key);
    if (bytes === undefined) {
      const startedAt = performance.now();
      bytes = renderTrackFile(request, 'flac', request.voice ? enBank : undefined).byteLength;
      const ms = performance.now() - startedAt;
      renderMs += ms;
      if (isLonger(request)) {
        longerRenderMs += ms;
        longerRenders += 1;
      }
      sizes.set(key, bytes);
    }
    const kind = request.untilMs === 0 ? 'bed' : isLonger(request) ? '+30 s' : 'part';
    alive.add({ ref: new WeakRef(blob), bytes, kind });
    return blob;
  };
  // The media element keeps the file it plays (its object URL), as the real one does.
  let playing: Blob | null = null;
  const fakeLoad = fake.platform.track.load;
  fake.platform.track.load = (audio, offsetMs, durationMs) => {
    playing = audio;
    fakeLoad(audio, offsetMs, durationMs);
  };
  const model = createSessionModel(fake.platform, {
    epochNowMs: () => 1_700_000_000_000 + fake.nowMs(),
    newId: () => 'bench',
    words: sessionWords,
  });
  await model.start(options);
  let worst = { files: 0, bytes: 0, bed: 0, kinds: '' };
  let seconds = 0;
  let worstBytes = 0;
  let waitedS = 0;
  while (model.status.value === 'running' && seconds < 3_600) {
    fake.run(1_000);
    await fake.settle();
    seconds += 1;
    if (model.isWaiting() && (waitedS += 1) >= gateWaitS) {
      waitedS = 0;
      model.ready();
    }
    // A pause of 60 s halfway through the first hold.
    if (seconds === 40) model.pause();
    if (seconds === 100) model.resume();
    // A WeakRef's target is kept to the end of the job that made or read it: end the job first.
    await new Promise((resolve) => setTimeout(resolve, 0));
    gc?.();
    let files = 0;
    let bytes = 0;
    let bed = 0;
    const kinds = { part: 0, bed: 0, '+30 s': 0 };
    for (const entry of alive) {
      const blob = entry.ref.deref();
      if (!blob) {
        alive.delete(entry);
        continue;
      }
      files += 1;
      bytes += entry.bytes;
      if (entry.kind === 'bed') bed += entry.bytes;
      kinds[entry.kind] += 1;
    }
    const kindsText = Object.entries(kinds)
      .map(([kind, count]) => `${kind} ${count}`)
      .join(', ');
    if (files > worst.files || (files === worst.files && bytes > worst.bytes)) {
      worst = { files, bytes, bed, kinds: kindsText };
    }
    worstBytes = Math.max(worstBytes, bytes);
  }
  expect(model.status.value).toBe('done');
  expect(playing).not.toBeNull();
  const mb = (bytes: number) => (bytes / 1_000_000).toFixed(2);
  const perMinute = (ms: number) => (ms / (seconds / 60)).toFixed(0);
  const lines = [
    [`track-files-alive-at-worst-${name}`, `${worst.files} (${worst.kinds})`],
    [`track-mb-alive-at-worst-${name}`, mb(worstBytes)],
    [`track-mb-pause-bed-${name}`, mb(worst.bed)],
    [`track-renders-${name}`, sizes.size],
    [`track-render-ms-per-session-minute-${name}`, perMinute(renderMs)],
    [`track-renders-more-time-ahead-${name}`, longerRenders],
    [`track-render-ms-per-session-minute-more-time-ahead-${name}`, perMinute(longerRenderMs)],
  ];
  console.log(['', ...lines.map(([key, value]) => `${key}: ${value}`)].join('\n'));
}

it('counts the track files alive through whole sessions', async () => {
  expect(gc, 'run with --expose-gc').toBeDefined();
  for (const scenario of [
    { name: 'free-running', options: routine(false, false), gateWaitS: 0 },
    { name: 'wait-for-me', options: routine(true, false), gateWaitS: 20 },
    { name: 'free-running-voice-en', options: routine(false, true), gateWaitS: 0 },
  ]) {
    await measure(scenario);
  }
});
