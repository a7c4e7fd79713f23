// Runs a real session in Debian's Chromium, as a locked phone would live it: the page hidden
// (Chromium started by hand, reached over CDP, a second page brought to the front), and then its
// main thread held busy, as a suspended or starved page. A peer page counts setInterval ticks over
// the hidden period, to show what page timers would have done.
//
// What the session plays is measured at its output: the media element that plays the session's
// track is tapped with captureStream() into an AudioWorklet (on the audio thread, so it keeps
// listening while the page's main thread is busy) that notes the audio-clock frame of each onset.
// The planned times come from the session's own plan, derived again here by core/timeline.ts from
// the saved checkpoint's options; never from the app's schedule log.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createServer } from 'vite';
import { startChromium as startSharedChromium } from '../../scripts/chromium.mjs';
import { outputTapScript as tapScript } from './output-tap.mjs';
import { asScreenedUser } from './screened-user.mjs';

const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * Milliseconds from the Start click (stamped by the page in acupressStartClickMs) to the first
 * sound onset the output tap heard, on the page's clock; NaN when nothing sounded.
 */
async function firstSoundAfterClickMs(page) {
  const result = await page.evaluate(() => ({
    onsetsMs: globalThis.benchTap.onsets,
    stamp: globalThis.benchTap.context.getOutputTimestamp(),
    startClickMs: globalThis.acupressStartClickMs,
  }));
  const firstMs = result.onsetsMs[0];
  if (firstMs === undefined) return NaN;
  const pageMs = result.stamp.performanceTime + (firstMs - result.stamp.contextTime * 1000);
  return pageMs - result.startClickMs;
}

/** Chromium started by hand and reached over CDP with none of Playwright's defaults. */
export async function startChromium() {
  const chromium = await startSharedChromium({ connect: { noDefaults: true } });
  return { browser: chromium.browser, close: chromium.close };
}

/** The app's core (planner, timeline, tones), loaded from its TypeScript source. */
async function loadCore() {
  const vite = await createServer({
    configFile: false,
    logLevel: 'silent',
    server: { middlewareMode: true, hmr: false, ws: false },
    appType: 'custom',
    optimizeDeps: { noDiscovery: true, include: [] },
  });
  try {
    const [planner, timeline, tones] = await Promise.all([
      vite.ssrLoadModule('/src/features/session/core/planner.ts'),
      vite.ssrLoadModule('/src/features/session/core/timeline.ts'),
      vite.ssrLoadModule('/src/features/session/core/tone-shapes.ts'),
    ]);
    return { ...planner, ...timeline, ...tones };
  } finally {
    await vite.close();
  }
}

/**
 * Runs in the page before the app: gets the tap ready, and connects it to the session's media
 * element as soon as the app puts it in the document (inside the Start click).
 */
function installTap(script) {
  const tap = { onsets: [], stamps: [], ready: null, connected: false };
  globalThis.benchTap = tap;
  const context = new AudioContext();
  tap.context = context;
  const url = URL.createObjectURL(new Blob([script], { type: 'text/javascript' }));
  tap.ready = context.audioWorklet.addModule(url).then(() => {
    tap.node = new AudioWorkletNode(context, 'output-tap');
    tap.node.port.onmessage = (event) => tap.onsets.push((event.data / context.sampleRate) * 1000);
    tap.node.connect(context.destination);
  });
  const connect = (element) => {
    if (tap.connected) return;
    tap.connected = true;
    void context.resume();
    // The captured stream gets its audio track once the element has something to play, and a
    // new one when its file changes: each is tapped as it comes.
    const stream = element.captureStream();
    tap.stream = stream;
    const tapped = new Set();
    const attach = () =>
      void tap.ready.then(() => {
        for (const track of stream.getAudioTracks()) {
          if (tapped.has(track.id)) continue;
          tapped.add(track.id);
          context.createMediaStreamSource(new MediaStream([track])).connect(tap.node);
        }
      });
    stream.addEventListener('addtrack', attach);
    attach();
  };
  new MutationObserver(() => {
    const element = document.querySelector('audio[data-acupress="session-track"]');
    if (element) connect(element);
  }).observe(document, { childList: true, subtree: true });
  // The audio clock against the page clock, to place onsets in page time.
  setInterval(() => {
    const stamp = context.getOutputTimestamp();
    if (stamp.performanceTime) tap.stamps.push(stamp);
  }, 250);
}

/** Cues of `timeline` whose sound starts in silence (so that an onset detector finds each one). */
function isolatedCues(core, timeline, cueStyle) {
  const cues = [];
  let soundUntilMs = -Infinity;
  let lastAtMs = -1;
  for (const cue of timeline.cues) {
    const inTrack = cue.kind.startsWith('breathe')
      ? cueStyle.breathSound
      : cueStyle.tones || cueStyle.voice;
    if (!inTrack) continue;
    if (cue.atMs !== lastAtMs && cue.atMs > soundUntilMs + 60) cues.push(cue);
    soundUntilMs = Math.max(soundUntilMs, cue.atMs + core.toneLengthMs(cue.kind));
    lastAtMs = cue.atMs;
  }
  return cues;
}

/** The offset (ms) from session time to audio-clock time that the most onsets agree with. */
function alignment(onsetsMs, plannedMs, nearMs = null) {
  const sortedPlanned = [...plannedMs].sort((a, b) => a - b);
  const hasNear = (ms) => {
    let low = 0;
    let high = sortedPlanned.length;
    while (low < high) {
      const mid = (low + high) >> 1;
      if (sortedPlanned[mid] < ms - 3) low = mid + 1;
      else high = mid;
    }
    return low < sortedPlanned.length && Math.abs(sortedPlanned[low] - ms) <= 3;
  };
  let best = { offsetMs: NaN, votes: -1 };
  // Candidates from the first onsets heard against every planned cue.
  for (const onset of onsetsMs.slice(0, 20)) {
    for (const planned of sortedPlanned) {
      const offsetMs = onset - planned;
      // Breaths repeat every 10 s: a later phase keeps near the offset already found.
      if (nearMs !== null && Math.abs(offsetMs - nearMs) > 3000) continue;
      const votes = onsetsMs.filter((o) => hasNear(o - offsetMs)).length;
      if (votes > best.votes) best = { offsetMs, votes };
    }
  }
  // One onset fits any offset: it takes two to agree.
  return best.votes >= 2 ? best.offsetMs : NaN;
}

/** The running session's saved plan options (its checkpoint), as soon as it is written. */
async function readCheckpoint(page) {
  for (let attempt = 0; attempt < 50; attempt += 1) {
    const checkpoint = await readCheckpointOnce(page);
    if (checkpoint) return checkpoint;
    await sleep(100);
  }
  return undefined;
}

async function readCheckpointOnce(page) {
  return page.evaluate(
    () =>
      new Promise((resolve, reject) => {
        const request = indexedDB.open('acupress-session');
        request.onerror = () => reject(request.error);
        request.onsuccess = () => {
          const get = request.result
            .transaction('checkpoint')
            .objectStore('checkpoint')
            .get('current');
          get.onsuccess = () => resolve(get.result);
          get.onerror = () => reject(get.error);
        };
      }),
  );
}

async function openSessionPage(context, baseUrl) {
  const page = context.pages()[0] ?? (await context.newPage());
  // The tap's script is the bench's own, from a blob: URL that the app's CSP rightly refuses.
  const cdp = await context.newCDPSession(page);
  await cdp.send('Page.setBypassCSP', { enabled: true });
  await page.addInitScript(installTap, tapScript);
  await page.goto(`${baseUrl}/session`);
  return { page, cdp };
}

async function setUp(page, holdSeconds) {
  await page.getByRole('radio', { name: 'Left side' }).check();
  // The hold and the cues are behind "Change the routine" (set-up on one screen, issue 28).
  await page.locator('summary', { hasText: 'Change the routine' }).click();
  await page.getByRole('radio', { name: 'Custom' }).check();
  await page.getByLabel('Seconds per point (20 to 600)').fill(String(holdSeconds));
  await page.getByRole('checkbox', { name: 'Voice' }).uncheck();
  await page.getByRole('checkbox', { name: 'Tones' }).check();
  await stampNextClick(page);
}

/** Stamps the page's next click (the Start tap) in acupressStartClickMs. */
function stampNextClick(page) {
  return page.evaluate(() => {
    document.addEventListener(
      'click',
      () => {
        globalThis.acupressStartClickMs = performance.now();
        // The tap's context, made before any gesture, may still wait for one (seen suspended
        // through a whole run on a loaded machine): Start is one.
        void globalThis.benchTap?.context.resume();
      },
      { capture: true, once: true },
    );
  });
}

/**
 * Records what the session's media element plays, from its captureStream(), with a
 * MediaRecorder: the browser's encoder takes the samples as the element plays them, with no
 * AudioContext of ours to keep up in real time, and no script on the page's main thread (its
 * chunks wait in the recorder until the thread is free). Decoded afterwards, sample by sample.
 */
function startRecording(page) {
  return page.evaluate(() => {
    // The tap's own capture: a second captureStream() of the element would stop the first. It
    // holds a track for each file the element had (the set-up cues a new one at each change):
    // the recorder takes only its first track, so it is given the newest live one alone, the
    // session's (given them all, it recorded 0 bytes).
    const live = globalThis.benchTap.stream
      .getAudioTracks()
      .filter((track) => track.readyState === 'live');
    const tracks = live.slice(-1);
    if (tracks.length === 0) throw new Error('no live track to record');
    const recorder = new MediaRecorder(new MediaStream(tracks), {
      mimeType: 'audio/webm;codecs=opus',
      audioBitsPerSecond: 128_000,
    });
    const chunks = [];
    recorder.ondataavailable = (event) => chunks.push(event.data);
    recorder.start(10_000);
    globalThis.benchRecording = { recorder, chunks };
    // (Its 'start' event can take a while to come; its state says at once.)
    if (recorder.state !== 'recording') throw new Error(`the recorder is ${recorder.state}`);
    return live.length;
  });
}

/** Stops the recording and finds its onsets: ms from its first sample, at 11,025 Hz. */
async function stopRecording(page) {
  const dataUrl = await page.evaluate(async () => {
    const { recorder, chunks } = globalThis.benchRecording;
    const stopped = new Promise((resolve) => (recorder.onstop = resolve));
    recorder.stop();
    await Promise.race([stopped, new Promise((resolve) => setTimeout(resolve, 20_000))]);
    const file = new Blob(chunks, { type: recorder.mimeType });
    return new Promise((resolve, reject) => {
      const reader = new FileReader();
      reader.onload = () => resolve(reader.result);
      reader.onerror = () => reject(reader.error);
      reader.readAsDataURL(file);
    });
  });
  const bytes = Buffer.from(dataUrl.slice(dataUrl.indexOf(',') + 1), 'base64');
  // Decoded by ffmpeg (Debian's, as for the camera tests): the page's decodeAudioData refuses a
  // recording of a quarter of an hour.
  const rate = 11_025;
  const folder = mkdtempSync(join(tmpdir(), 'acupress-recording-'));
  try {
    const file = join(folder, 'recording.webm');
    writeFileSync(file, bytes);
    let pcm;
    try {
      pcm = execFileSync(
        'ffmpeg',
        ['-v', 'error', '-i', file, '-ac', '1', '-ar', String(rate), '-f', 's16le', '-'],
        { maxBuffer: 1 << 30, stdio: ['ignore', 'pipe', 'pipe'] },
      );
    } catch (error) {
      // No figure rather than a wrong one (seen: a 13-minute recording with no WebM header).
      const why = String(error.stderr ?? error)
        .trim()
        .split('\n')[0];
      console.log(`# the recording (${bytes.byteLength} bytes) could not be decoded: ${why}`);
      return { onsetsMs: [], durationMs: 0, bytes: bytes.byteLength };
    }
    const samples = new Int16Array(pcm.buffer, pcm.byteOffset, Math.floor(pcm.byteLength / 2));
    // An onset: sound after at least 50 ms of silence, as the output tap counts them. The codec
    // leaves a faint noise where the track is silent, hence a higher floor than the tap's.
    const floor = 0.01 * 32_768;
    const onsetsMs = [];
    let quiet = Infinity;
    for (let i = 0; i < samples.length; i += 1) {
      if (Math.abs(samples[i]) > floor) {
        if (quiet > rate * 0.05) onsetsMs.push((i / rate) * 1000);
        quiet = 0;
      } else {
        quiet += 1;
      }
    }
    return { onsetsMs, durationMs: (samples.length / rate) * 1000, bytes: bytes.byteLength };
  } finally {
    rmSync(folder, { recursive: true, force: true });
  }
}

/** Holds the page's main thread busy for `ms`; returns the page times it began and ended. */
function holdMainThread(page, ms) {
  return page.evaluate((blockMs) => {
    const startMs = performance.now();
    while (performance.now() - startMs < blockMs) {
      /* nothing else runs on this page: no tick, no frame, no event */
    }
    return { startMs, endMs: performance.now() };
  }, ms);
}

/**
 * @param {{ baseUrl: string, holdSeconds: number, visibleMs: number, hiddenMs: number,
 *           blockMs?: number, afterMs?: number, log?: (line: string) => void }} options
 */
export async function runHiddenSession(options) {
  const log = options.log ?? (() => {});
  const core = await loadCore();
  const { browser, close } = await startChromium();
  try {
    const context = browser.contexts()[0] ?? (await browser.newContext());
    await asScreenedUser(context);
    await context.addInitScript(() => {
      const visibility = [];
      globalThis.acupressVisibility = visibility;
      document.addEventListener('visibilitychange', () =>
        visibility.push({ state: document.visibilityState, atMs: performance.now() }),
      );
      // Time spent in each animation-frame callback (the screen's per-frame work).
      const frames = [];
      globalThis.acupressFrames = frames;
      const original = window.requestAnimationFrame.bind(window);
      window.requestAnimationFrame = (callback) =>
        original((time) => {
          const start = performance.now();
          callback(time);
          frames.push({ atMs: start, durationMs: performance.now() - start });
        });
    });
    const { page, cdp } = await openSessionPage(context, options.baseUrl);
    await setUp(page, options.holdSeconds);
    // A person reads the set-up before pressing Start; the app cues the track meanwhile.
    await sleep(2000);
    // The media element's own clock against the page clock, read from outside the app: how far
    // the track moved while the page was hidden and while its main thread was busy.
    const mediaClock = () =>
      page.evaluate(() => ({
        pageMs: performance.now(),
        mediaMs:
          (document.querySelector('audio[data-acupress="session-track"]')?.currentTime ?? NaN) *
          1000,
      }));
    await page.getByRole('button', { name: 'Start the session' }).click();
    await page.getByRole('button', { name: 'Start now' }).waitFor();
    const checkpoint = await readCheckpoint(page);
    // What the element plays is recorded from here on, for the hidden period's and the busy
    // block's figures.
    await startRecording(page);
    const recordingFrom = await mediaClock();

    const peer = await context.newPage();
    await peer.goto(`${options.baseUrl}/sources`);
    await peer.evaluate(() => {
      globalThis.peerTicks = 0;
      setInterval(() => (globalThis.peerTicks += 1), 1000);
    });
    await page.bringToFront();
    log(`visible for ${options.visibleMs / 1000} s`);
    await sleep(options.visibleMs);

    await cdp.send('Performance.enable');
    const metricsBefore = await cdp.send('Performance.getMetrics');
    const framesBefore = await page.evaluate(() => globalThis.acupressFrames.length);
    await sleep(Math.min(5000, options.visibleMs));
    const metricsAfter = await cdp.send('Performance.getMetrics');
    const framesAfter = await page.evaluate(() => globalThis.acupressFrames.length);

    const mediaBeforeHidden = await mediaClock();
    const front = await context.newPage();
    await front.goto(`${options.baseUrl}/points`);
    await front.bringToFront();
    const hiddenState = await page.evaluate(() => document.visibilityState);
    const peerHidden = await peer.evaluate(() => ({
      state: document.visibilityState,
      ticks: globalThis.peerTicks,
      atMs: performance.now(),
    }));
    log(
      `session page is ${hiddenState}, peer page is ${peerHidden.state}; waiting ${options.hiddenMs / 1000} s`,
    );
    await sleep(options.hiddenMs);
    log('hidden period over');
    const peerShown = await peer.evaluate(() => ({
      ticks: globalThis.peerTicks,
      atMs: performance.now(),
    }));
    await page.bringToFront();
    log('session page in front again');
    const mediaAfterHidden = await mediaClock();
    await sleep(2000);

    let block = null;
    let mediaBlock = null;
    let mediaBeforeBlock = null;
    if (options.blockMs) {
      // Some cues before the block, for the recording's alignment with the plan.
      await sleep(15_000);
      log(`main thread held busy for ${options.blockMs / 1000} s`);
      mediaBeforeBlock = await mediaClock();
      block = await holdMainThread(page, options.blockMs);
      const after = await mediaClock();
      mediaBlock = {
        pageMs: after.pageMs - mediaBeforeBlock.pageMs,
        mediaMs: after.mediaMs - mediaBeforeBlock.mediaMs,
      };
    }
    await sleep(options.afterMs ?? 1000);
    const recording = { ...(await stopRecording(page)), from: recordingFrom };

    const result = await page.evaluate(() => {
      const tap = globalThis.benchTap;
      const element = document.querySelector('audio[data-acupress="session-track"]');
      return {
        onsetsMs: tap.onsets,
        stamps: tap.stamps.map((s) => ({
          contextMs: s.contextTime * 1000,
          pageMs: s.performanceTime,
        })),
        visibility: globalThis.acupressVisibility,
        startClickMs: globalThis.acupressStartClickMs,
        frames: globalThis.acupressFrames.map((frame) => frame.durationMs),
        audioState: element
          ? element.paused
            ? element.ended
              ? 'ended'
              : 'paused'
            : 'playing'
          : 'no track',
      };
    });
    if (!checkpoint) throw new Error('no session checkpoint to read the plan from');
    const timeline = core.deriveTimeline(
      core.planSession(checkpoint.painSide, checkpoint.planOptions),
      checkpoint.timing,
    );
    const planned = isolatedCues(core, timeline, checkpoint.cueStyle);
    // (No clock pairs when the tap's own AudioContext never put out a sound: no tap figures.)
    const toPageMs = (contextMs) => {
      let best = result.stamps[0];
      if (!best) return NaN;
      for (const stamp of result.stamps) {
        if (Math.abs(stamp.contextMs - contextMs) < Math.abs(best.contextMs - contextMs)) {
          best = stamp;
        }
      }
      return best.pageMs + (contextMs - best.contextMs);
    };
    const toContextMs = (pageMs) => {
      let best = result.stamps[0];
      if (!best) return NaN;
      for (const stamp of result.stamps) {
        if (Math.abs(stamp.pageMs - pageMs) < Math.abs(best.pageMs - pageMs)) best = stamp;
      }
      return best.contextMs + (pageMs - best.pageMs);
    };
    const hiddenAt =
      result.visibility.find(
        (change) => change.state === 'hidden' && change.atMs > result.startClickMs + 1000,
      )?.atMs ?? Infinity;
    const shownAt =
      result.visibility.findLast((change) => change.state === 'visible')?.atMs ?? Infinity;
    const phaseOf = (pageMs) => {
      if (block && pageMs >= block.startMs && pageMs < block.endMs) return 'blocked';
      if (pageMs >= hiddenAt && pageMs < shownAt) return 'hidden';
      return pageMs < hiddenAt ? 'visible' : 'visible-after';
    };
    // Session time on the audio clock, in each phase: the one offset that the most onsets of that
    // phase agree with. (Chromium's capture of a hidden page's media into Web Audio can drop a
    // stretch of samples, which would shift every later onset: each phase is aligned on its own,
    // and the drift between phases is printed.)
    const onsetsByPhase = new Map();
    for (const onset of result.onsetsMs) {
      const phase = phaseOf(toPageMs(onset));
      onsetsByPhase.set(phase, [...(onsetsByPhase.get(phase) ?? []), onset]);
    }
    const plannedMs = planned.map((cue) => cue.atMs);
    // The first cue, at 0 ms, starts as the tap connects to the element's new audio track: its
    // onset can be cut, so the offset is taken from the cues after it.
    // The breaths repeat every 10 s, so the offset is looked for within 3 s of the click.
    const laterMs = plannedMs.filter((ms) => ms > 0);
    const clickMs = toContextMs(result.startClickMs);
    const visibleOffsetMs = alignment(onsetsByPhase.get('visible') ?? [], laterMs, clickMs);
    const firstOffsetMs = Number.isFinite(visibleOffsetMs)
      ? visibleOffsetMs
      : alignment(result.onsetsMs, laterMs, clickMs);
    const offsets = new Map();
    let previousMs = firstOffsetMs;
    for (const phase of ['visible', 'hidden', 'visible-after', 'blocked']) {
      const onsets = onsetsByPhase.get(phase);
      if (!onsets) continue;
      const offsetMs = alignment(onsets, plannedMs, previousMs);
      if (Number.isFinite(offsetMs)) offsets.set(phase, (previousMs = offsetMs));
    }
    const heard = [];
    for (const cue of planned) {
      // Which phase the cue fell in: placed with the first phase's offset, then with its own.
      const roughPhase = phaseOf(toPageMs(firstOffsetMs + cue.atMs));
      const offsetMs = offsets.get(roughPhase) ?? firstOffsetMs;
      const expectedMs = offsetMs + cue.atMs;
      const phase = phaseOf(toPageMs(expectedMs));
      let nearest = Infinity;
      for (const onset of result.onsetsMs) {
        if (Math.abs(onset - expectedMs) < Math.abs(nearest)) nearest = onset - expectedMs;
      }
      heard.push({
        kind: cue.kind,
        atMs: cue.atMs,
        phase,
        plannedPageMs: toPageMs(expectedMs),
        errorMs: Math.abs(nearest) < 250 ? nearest : null,
      });
    }
    const lastHeardPageMs = toPageMs(result.onsetsMs.at(-1) ?? -Infinity);
    const inRun = heard.filter((cue) => cue.plannedPageMs <= lastHeardPageMs + 1);
    const blockedCues = heard.filter((cue) => cue.phase === 'blocked');
    // The first cue, at 0 ms, starts as the tap is being connected to the new track: its onset
    // can be cut. It counts as heard, not in the errors.
    const errors = inRun.filter(
      (cue) => cue.errorMs !== null && cue.phase !== 'blocked' && cue.atMs > 0,
    );
    const maxAbs = (list) =>
      list.reduce((max, cue) => Math.max(max, Math.abs(cue.errorMs ?? Infinity)), 0);
    const hiddenCues = errors.filter((cue) => cue.phase === 'hidden');
    const visibleCues = errors.filter((cue) => cue.phase.startsWith('visible'));
    const phaseDriftMs = [...offsets]
      .map(([phase, offsetMs]) => `${phase} ${(offsetMs - firstOffsetMs).toFixed(1)} ms`)
      .join(', ');
    const peerElapsedMs = peerShown.atMs - peerHidden.atMs;
    const peerCountedMs = (peerShown.ticks - peerHidden.ticks) * 1000;
    const sorted = result.frames.slice(framesBefore, framesAfter).sort((a, b) => a - b);
    const metric = (metrics, name) => metrics.metrics.find((m) => m.name === name)?.value ?? 0;
    const taskMs =
      (metric(metricsAfter, 'TaskDuration') - metric(metricsBefore, 'TaskDuration')) * 1000;
    const worst = (list) =>
      list.reduce((a, b) => (Math.abs(b.errorMs) > Math.abs(a?.errorMs ?? -1) ? b : a), undefined);
    const describe = (cue) =>
      cue
        ? `${cue.kind} at ${(cue.atMs / 1000).toFixed(1)} s: ${cue.errorMs.toFixed(2)} ms`
        : 'none';
    // Heard: an onset within 250 ms of its planned time (how far, is the error printed).
    const blockHeard = blockedCues.filter((cue) => cue.errorMs !== null);
    const recorded = block
      ? recordedBlock(recording, planned, block, mediaBeforeBlock)
      : { dueCount: 0, heardCount: 0, maxErrorMs: NaN, onsetCount: 0, durationMs: 0 };
    // The hidden period in session time (the element's time), from its clock read just before
    // the page was hidden and just after it was shown again.
    const recordedHidden = recordedCues(
      recording,
      planned,
      mediaBeforeHidden.mediaMs + (hiddenAt - mediaBeforeHidden.pageMs),
      mediaAfterHidden.mediaMs - (mediaAfterHidden.pageMs - shownAt),
    );
    return {
      hiddenState,
      audioState: result.audioState,
      toneCount: result.onsetsMs.length,
      plannedCount: inRun.length,
      missedCount: inRun.filter((cue) => cue.errorMs === null).length,
      stampCount: result.stamps.length,
      hiddenToneCount: hiddenCues.length,
      visibleToneCount: visibleCues.length,
      cueMaxErrorMsVisible: maxAbs(visibleCues),
      cueMaxErrorMsHidden: maxAbs(hiddenCues),
      // The hidden period in the recording of what the element played: unlike the live tap, it
      // needs no AudioContext of ours to keep up (under load the tap's loses stretches of sound).
      recordedHiddenDueCount: recordedHidden.dueCount,
      recordedHiddenHeardCount: recordedHidden.heardCount,
      recordedCueMaxErrorMsHidden: recordedHidden.maxErrorMs,
      // At the live tap, for comparison: it needs the tap's own AudioContext to keep up.
      tapBlockDueCount: blockedCues.length,
      tapBlockHeardCount: blockHeard.length,
      tapCueMaxErrorMsBlocked: maxAbs(blockHeard),
      // From the recording of what the element played.
      blockDueCount: recorded.dueCount,
      blockHeardCount: recorded.heardCount,
      // NaN, not 0, when there is no recording to count in.
      cueHeardRatioMainBlocked:
        recorded.dueCount && recorded.onsetCount ? recorded.heardCount / recorded.dueCount : NaN,
      cueMaxErrorMsBlocked: recorded.maxErrorMs,
      recordedOnsetCount: recording.onsetsMs.length,
      recordedMs: recording.durationMs,
      peerTickTimerDriftMsHidden: peerElapsedMs - peerCountedMs,
      // From the click to when the track's first sample (its first cue, at 0 ms) was heard.
      startToFirstCueMs: toPageMs(firstOffsetMs) - result.startClickMs,
      phaseDriftMs,
      mediaDriftMsHidden:
        mediaAfterHidden.mediaMs -
        mediaBeforeHidden.mediaMs -
        (mediaAfterHidden.pageMs - mediaBeforeHidden.pageMs),
      mediaDriftMsBlocked: mediaBlock ? mediaBlock.mediaMs - mediaBlock.pageMs : NaN,
      frameScriptMsP95: sorted[Math.floor(sorted.length * 0.95)] ?? NaN,
      frameMainThreadMsMean:
        framesAfter > framesBefore ? taskMs / (framesAfter - framesBefore) : NaN,
      frameCount: framesAfter - framesBefore,
      worstVisible: describe(worst(visibleCues)),
      worstHidden: describe(worst(hiddenCues)),
    };
  } finally {
    await close();
  }
}

/**
 * The busy block, from the recording of what the element played. Due: the cues whose planned
 * time, on the page clock, falls inside the block (placed from the element's clock read just
 * before it).
 */
function recordedBlock(recording, planned, block, mediaBeforeBlock) {
  const sessionMsOf = (pageMs) => mediaBeforeBlock.mediaMs + (pageMs - mediaBeforeBlock.pageMs);
  return recordedCues(recording, planned, sessionMsOf(block.startMs), sessionMsOf(block.endMs));
}

/**
 * The cues due from `fromMs` to `toMs` of session time, in the recording of what the element
 * played. Heard: an onset in the recording within 250 ms of where that cue belongs, the
 * recording being aligned with the plan by the one offset that the most onsets agree with. The
 * recording is a run of samples, so a stall or a lost stretch moves every later cue off its
 * place: it can only make the figure worse, never better.
 */
function recordedCues(recording, planned, fromMs, toMs) {
  const plannedMs = planned.map((cue) => cue.atMs);
  // Near where the element's clock was when the recording began: the breaths repeat every
  // 10 s, so that an offset 10 s away would fit nearly as well. (The bench's track starts at
  // session time 0, so the element's time is session time.)
  const offsetMs = alignment(recording.onsetsMs, plannedMs, -recording.from.mediaMs);
  const due = planned.filter((cue) => cue.atMs >= fromMs && cue.atMs < toMs);
  let heardCount = 0;
  let maxErrorMs = 0;
  for (const cue of due) {
    const expectedMs = offsetMs + cue.atMs;
    let nearest = Infinity;
    for (const onset of recording.onsetsMs) {
      if (Math.abs(onset - expectedMs) < Math.abs(nearest)) nearest = onset - expectedMs;
    }
    if (Math.abs(nearest) < 250) {
      heardCount += 1;
      maxErrorMs = Math.max(maxErrorMs, Math.abs(nearest));
    }
  }
  return {
    dueCount: due.length,
    heardCount,
    maxErrorMs,
    onsetCount: recording.onsetsMs.length,
    durationMs: recording.durationMs,
  };
}

/**
 * Start pressed at once after a change of the set-up, before the app has cued the track for it:
 * the track is rendered after the tap, as it is for Home's "Start with last time's settings".
 * Milliseconds from the click to the first cue at the output tap.
 * @param {{ baseUrl: string, holdSeconds?: number }} options
 */
export async function measureUncuedStart(options) {
  const { browser, close } = await startChromium();
  try {
    const context = browser.contexts()[0] ?? (await browser.newContext());
    await asScreenedUser(context);
    const { page } = await openSessionPage(context, options.baseUrl);
    const holdSeconds = options.holdSeconds ?? 105;
    await setUp(page, holdSeconds);
    await sleep(2000);
    await page.getByLabel('Seconds per point (20 to 600)').fill(String(holdSeconds + 1));
    await page.getByRole('button', { name: 'Start the session' }).click();
    await sleep(3000);
    return firstSoundAfterClickMs(page);
  } finally {
    await close();
  }
}

/**
 * Starts a session of about 30 minutes and measures what starting it costs: main-thread time
 * from the Start click until the track plays, and the rendered track itself, decoded (every
 * cue's onset against the plan) and weighed (bytes per minute of session).
 * @param {{ baseUrl: string, holdSeconds?: number }} options
 */
export async function measureTrackStart(options) {
  const core = await loadCore();
  const { browser, close } = await startChromium();
  try {
    const context = browser.contexts()[0] ?? (await browser.newContext());
    await asScreenedUser(context);
    const { page, cdp } = await openSessionPage(context, options.baseUrl);
    await setUp(page, options.holdSeconds ?? 221);
    await page.waitForTimeout(2000);
    await cdp.send('Performance.enable');
    const before = await cdp.send('Performance.getMetrics');
    await cdp.send('Profiler.enable');
    await cdp.send('Profiler.setSamplingInterval', { interval: 100 });
    await cdp.send('Profiler.start');
    await page.getByRole('button', { name: 'Start the session' }).click();
    await page.waitForFunction(
      () => {
        const element = document.querySelector('audio[data-acupress="session-track"]');
        return element && element.currentTime > 0 && !element.paused && element.src;
      },
      undefined,
      { polling: 100, timeout: 30_000 },
    );
    const after = await cdp.send('Performance.getMetrics');
    const { profile } = await cdp.send('Profiler.stop');
    // The sampled profile, two ways. Script time: JavaScript with the DOM and media calls it
    // makes, and garbage collection; not "(program)" (the browser's own style, layout and paint)
    // nor idle. Track time: the samples whose stack runs through the track's code (the core
    // renderer's chunk, or the session platform's chunk: media track, track renderer and the
    // other session adapters), so an upper bound of what the track costs the main thread.
    const byId = new Map(profile.nodes.map((node) => [node.id, node]));
    const parentOf = new Map();
    for (const node of profile.nodes) {
      for (const child of node.children ?? []) parentOf.set(child, node.id);
    }
    const isTrackCode = (url) => /\/(track|session-platform)-[\w-]+\.js/.test(url);
    const throughTrack = new Map();
    const runsThroughTrack = (id) => {
      if (throughTrack.has(id)) return throughTrack.get(id);
      const node = byId.get(id);
      const parent = parentOf.get(id);
      const result =
        isTrackCode(node?.callFrame.url ?? '') ||
        (parent !== undefined && runsThroughTrack(parent));
      throughTrack.set(id, result);
      return result;
    };
    let scriptUs = 0;
    let trackUs = 0;
    profile.samples.forEach((id, index) => {
      const name = byId.get(id)?.callFrame.functionName;
      if (name === '(program)' || name === '(idle)') return;
      const deltaUs = profile.timeDeltas[index] ?? 0;
      scriptUs += deltaUs;
      if (runsThroughTrack(id)) trackUs += deltaUs;
    });
    const metric = (metrics, name) => metrics.metrics.find((m) => m.name === name)?.value ?? 0;
    const mainThreadMs = (metric(after, 'TaskDuration') - metric(before, 'TaskDuration')) * 1000;
    const checkpoint = await readCheckpoint(page);
    const timeline = core.deriveTimeline(
      core.planSession(checkpoint.painSide, checkpoint.planOptions),
      checkpoint.timing,
    );
    const decoded = await page.evaluate(async () => {
      const element = document.querySelector('audio[data-acupress="session-track"]');
      const file = await (await fetch(element.src)).blob();
      const bytes = await file.arrayBuffer();
      // The file's rate: FLAC's STREAMINFO (after "fLaC") or the WAV header.
      const view = new DataView(bytes);
      const rate =
        view.getUint32(0) === 0x664c6143 ? view.getUint32(18) >>> 12 : view.getUint32(24, true);
      // Decoded at the file's own rate: the samples as written, with no resampling.
      const audio = await new OfflineAudioContext(1, 1, rate).decodeAudioData(bytes);
      const samples = audio.getChannelData(0);
      const onsets = [];
      let quiet = Infinity;
      for (let i = 0; i < samples.length; i += 1) {
        if (samples[i] !== 0) {
          if (quiet > rate * 0.05) onsets.push(i);
          quiet = 0;
        } else {
          quiet += 1;
        }
      }
      return { bytes: file.size, rate, durationMs: audio.duration * 1000, onsets };
    });
    await page.getByRole('button', { name: 'End' }).click();
    const planned = isolatedCues(core, timeline, checkpoint.cueStyle);
    // Each onset is the tone's first non-zero sample (its attack starts from zero, so this is
    // one sample after the sample its time rounds to: at most 0.14 ms late at 11,025 Hz).
    const onsetsMs = decoded.onsets.map((index) => (index / decoded.rate) * 1000);
    let maxErrorMs = 0;
    let missed = 0;
    for (const cue of planned) {
      const nearest = onsetsMs.reduce(
        (best, onset) => (Math.abs(onset - cue.atMs) < Math.abs(best) ? onset - cue.atMs : best),
        Infinity,
      );
      if (Math.abs(nearest) > 250) missed += 1;
      else maxErrorMs = Math.max(maxErrorMs, Math.abs(nearest));
    }
    return {
      sessionMs: timeline.totalMs,
      mainThreadMs,
      scriptMs: scriptUs / 1000,
      trackScriptMs: trackUs / 1000,
      trackBytes: decoded.bytes,
      trackMbPerMin: decoded.bytes / 1e6 / (timeline.totalMs / 60_000),
      trackDurationMs: decoded.durationMs,
      sampleRate: decoded.rate,
      plannedCount: planned.length,
      missed,
      onsetMaxErrorMs: maxErrorMs,
    };
  } finally {
    await close();
  }
}

/**
 * Home's "Start with last time's settings": a session set up and ended once (so that Home offers
 * the one-tap start), then Home opened again, read for 2 s (Home cues the track meanwhile), and
 * the button tapped. Milliseconds from the click to the first cue at the output tap.
 * @param {{ baseUrl: string, holdSeconds?: number }} options
 */
export async function measureHomeStart(options) {
  const { browser, close } = await startChromium();
  try {
    const context = browser.contexts()[0] ?? (await browser.newContext());
    await asScreenedUser(context);
    const { page } = await openSessionPage(context, options.baseUrl);
    await setUp(page, options.holdSeconds ?? 105);
    await page.getByRole('button', { name: 'Start the session' }).click();
    await page.getByRole('button', { name: 'End' }).click();
    await page.goto(`${options.baseUrl}/`);
    const again = page.getByRole('button', { name: "Start with last time's settings" });
    await again.waitFor();
    await stampNextClick(page);
    await sleep(2000);
    await again.click();
    await sleep(3000);
    return firstSoundAfterClickMs(page);
  } finally {
    await close();
  }
}
