// npm run bench:voice — the spoken track, in real Chromium on the built app, for a session of
// about 30 minutes (all five points, left side, 235 s holds) with Voice on, in each language:
// - the real track worker's render time for the whole session with words (its first render
//   includes fetching the language's voice bank), and without words for comparison;
// - the main thread's time from Start until the track plays (CDP's TaskDuration: every task,
//   the new screen's layout and paint included) and Start → the element playing (the first
//   cue is the track's first sample);
// - the words' onsets in the file the element plays against their planned places (each clip
//   found by correlation within ±20 ms of its place);
// - the track's MB a minute with words, and each language's bank size.
// Options: BENCH_PORT for the server's port, ACUPRESS_OUT for the build folder.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { FLACDecoder } from '@wasm-audio-decoders/flac';
import { runnerImport } from 'vite';
import { startChromium } from './lib/hidden-session.mjs';
import { asScreenedUser } from './lib/screened-user.mjs';
import { startServer } from '../scripts/server.mjs';
import { outPath } from '../scripts/out-dir.mjs';

const root = fileURLToPath(new URL('..', import.meta.url));
const load = async (path) => (await runnerImport(join(root, path))).module;
const [planner, timelines, track, voiceTrack, index, adpcm, catalogs] = await Promise.all([
  load('src/features/session/core/planner.ts'),
  load('src/features/session/core/timeline.ts'),
  load('src/features/session/core/track.ts'),
  load('src/features/session/core/voice-track.ts'),
  load('src/features/session/core/voice-bank-index.ts'),
  load('src/features/session/core/voice-adpcm.ts'),
  Promise.all(['en', 'es', 'zh-hans'].map((name) => load(`src/catalogs/${name}.ts`))),
]);
const words = { en: catalogs[0].en, es: catalogs[1].es, 'zh-Hans': catalogs[2].zhHans };
const browserLocales = { en: 'en-US', es: 'es-ES', 'zh-Hans': 'zh-CN' };

const holdMs = 235_000;
const cueStyle = {
  voice: true,
  tones: true,
  vibration: false,
  breathSound: true,
  playback: 'lock-screen',
};
const setup = {
  painSide: 'left',
  preset: 'custom',
  customHoldMs: holdMs,
  waitForMe: false,
  cueStyle,
  breathInMs: timelines.defaultTiming.breathInMs,
  breathOutMs: timelines.defaultTiming.breathOutMs,
  transitionMs: timelines.defaultTiming.transitionMs,
  leaveOut: [],
  order: ['SI3', 'EX-UE8', 'LI4', 'GB20', 'GB21'],
};
const workerFile = readdirSync(join(outPath(), 'assets')).find((name) =>
  /^track-render\.worker-[\w-]+\.js$/.test(name),
);

function correlation(samples, clip, at) {
  let dot = 0;
  let a2 = 0;
  let b2 = 0;
  for (let i = 0; i < clip.length; i += 1) {
    const a = samples[at + i] ?? 0;
    const b = clip[i] / 32767;
    dot += a * b;
    a2 += a * a;
    b2 += b * b;
  }
  return dot / Math.sqrt(a2 * b2 || 1);
}

/** Presses Start (the track cued on the set-up screen) and times it until the track plays. */
async function startSession(page, cdp, locale) {
  await page.evaluate(() => {
    document.addEventListener('click', () => (globalThis.benchClickMs = performance.now()), {
      capture: true,
      once: true,
    });
    document.addEventListener(
      'playing',
      (event) => {
        if (event.target?.dataset?.acupress === 'session-track') {
          globalThis.benchPlayingMs ??= performance.now();
        }
      },
      true,
    );
  });
  await cdp.send('Performance.enable');
  const before = await cdp.send('Performance.getMetrics');
  await page.getByRole('button', { name: words[locale]['session.start'] }).click();
  const src = await (
    await page.waitForFunction(
      () => {
        const element = document.querySelector('audio[data-acupress="session-track"]');
        return element && element.currentTime > 0 && !element.paused && element.src;
      },
      undefined,
      { polling: 100, timeout: 60_000 },
    )
  ).jsonValue();
  const after = await cdp.send('Performance.getMetrics');
  const metric = (metrics, name) => metrics.metrics.find((m) => m.name === name)?.value ?? 0;
  const mainThreadMs = (metric(after, 'TaskDuration') - metric(before, 'TaskDuration')) * 1000;
  const startToPlayingMs = await page.evaluate(
    () => globalThis.benchPlayingMs - globalThis.benchClickMs,
  );
  return { src, mainThreadMs, startToPlayingMs };
}

const server = await startServer(Number(process.env.BENCH_PORT ?? 0));
const { browser, close } = await startChromium();
try {
  // English without words first: what Start costs the main thread anyway.
  for (const [locale, voice] of [
    ['en', false],
    ['en', true],
    ['es', true],
    ['zh-Hans', true],
  ]) {
    const bank = index.voiceBanks[locale];
    const timing = voiceTrack.spokenTiming(timelines.defaultTiming, cueStyle, locale);
    const timeline = timelines.deriveTimeline(planner.planSession('left', { holdMs }), timing);
    const minutes = timeline.totalMs / 60_000;
    const sounds = { tones: true, breathSound: true };
    const mainStarted = performance.now();
    const request = track.trackRequest(timeline, 0, null, { ...sounds, voice: bank });
    JSON.stringify(request);
    const requestMs = performance.now() - mainStarted;
    const silent = track.trackRequest(timeline, 0, null, sounds);

    const context = await browser.newContext({ locale: browserLocales[locale] });
    await asScreenedUser(context);
    await context.addInitScript(
      (value) => {
        localStorage.setItem('acupress.session.setup', JSON.stringify(value));
      },
      { ...setup, cueStyle: { ...cueStyle, voice } },
    );
    const page = await context.newPage();
    const cdp = await context.newCDPSession(page);
    await cdp.send('Page.setBypassCSP', { enabled: true });
    await page.goto(`${server.url}/session`);

    if (!voice) {
      await page.waitForTimeout(3000);
      const started = await startSession(page, cdp, locale);
      console.log(`voice-off-start-main-thread-ms: ${started.mainThreadMs.toFixed(1)}`);
      console.log(`voice-off-start-to-first-cue-ms: ${started.startToPlayingMs.toFixed(1)}`);
      await context.close();
      continue;
    }
    // The real worker, given the requests this bench computed the same way as the app.
    const renders = await page.evaluate(
      async ({ url, request, silent }) => {
        const worker = new Worker(url);
        const render = (message) =>
          new Promise((resolve, reject) => {
            const started = performance.now();
            worker.onmessage = (event) =>
              event.data.error
                ? reject(new Error(event.data.error))
                : resolve({ ms: performance.now() - started, bytes: event.data.audio.size });
            worker.postMessage(message);
          });
        const first = await render({ id: 1, request, format: 'flac' });
        const again = await render({ id: 2, request, format: 'flac' });
        const withoutWords = await render({ id: 3, request: silent, format: 'flac' });
        worker.terminate();
        return { first, again, withoutWords };
      },
      { url: `/assets/${workerFile}`, request, silent },
    );

    // The session as a person starts it, the track cued on the set-up screen.
    await page.waitForTimeout(3000);
    const { src, mainThreadMs, startToPlayingMs } = await startSession(page, cdp, locale);
    const base64 = await page.evaluate(async (url) => {
      const bytes = new Uint8Array(await (await fetch(url)).arrayBuffer());
      let text = '';
      for (let i = 0; i < bytes.length; i += 0x8000) {
        text += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
      }
      return btoa(text);
    }, src);
    await context.close();

    const file = Buffer.from(base64, 'base64');
    const decoder = new FLACDecoder();
    await decoder.ready;
    const decoded = await decoder.decodeFile(file);
    decoder.free();
    const samples = decoded.channelData[0];
    const bankBytes = readFileSync(join(root, 'public', bank.file));
    let worstMs = 0;
    let lowest = 1;
    for (const phrase of request.voice.phrases) {
      const clip = adpcm.decodeAdpcm({ ...phrase, bytes: bankBytes.subarray(phrase.offset) });
      const planned = Math.round((phrase.atMs * decoded.sampleRate) / 1000);
      let best = { at: planned, score: -1 };
      for (let at = planned - 320; at <= planned + 320; at += 1) {
        const score = correlation(samples, clip, at);
        if (score > best.score) best = { at, score };
      }
      lowest = Math.min(lowest, best.score);
      worstMs = Math.max(worstMs, (Math.abs(best.at - planned) * 1000) / decoded.sampleRate);
    }

    const name = locale.toLowerCase();
    console.log(
      `# ${locale}: a ${minutes.toFixed(1)}-minute session, ${request.voice.phrases.length} phrases ` +
        `planned, lowest match ${lowest.toFixed(3)}; track ${(file.length / 1e6).toFixed(2)} MB at ` +
        `${decoded.sampleRate} Hz (without words ${(renders.withoutWords.bytes / 1e6).toFixed(2)} MB ` +
        `at ${silent.sampleRate} Hz, rendered in ${renders.withoutWords.ms.toFixed(0)} ms)`,
    );
    console.log(`voice-${name}-render-30min-ms: ${renders.again.ms.toFixed(0)}`);
    console.log(`voice-${name}-render-30min-first-ms: ${renders.first.ms.toFixed(0)}`);
    console.log(`voice-${name}-request-main-thread-ms: ${requestMs.toFixed(1)}`);
    console.log(`voice-${name}-start-main-thread-ms: ${mainThreadMs.toFixed(1)}`);
    console.log(`voice-${name}-start-to-first-cue-ms: ${startToPlayingMs.toFixed(1)}`);
    console.log(`voice-${name}-onset-max-error-ms: ${worstMs.toFixed(3)}`);
    console.log(`voice-${name}-track-mb-per-min: ${(file.length / 1e6 / minutes).toFixed(3)}`);
    console.log(`voice-${name}-bank-kb: ${(bank.bytes / 1000).toFixed(0)}`);
  }
} finally {
  await close();
  server.stop();
}
