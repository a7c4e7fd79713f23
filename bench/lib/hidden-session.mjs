// Runs a real session in Debian's Chromium and hides its page, as a locked phone would: Chromium
// is started by hand (Playwright's own launch switches throttling off), reached over CDP, and a
// second page is brought to the front so the session page becomes hidden. A peer page counts
// setInterval ticks over the same hidden period, to show what page timers would have done.
import { startChromium as startSharedChromium } from '../../scripts/chromium.mjs';

const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

/** Chromium started by hand and reached over CDP with none of Playwright's defaults. */
export async function startChromium() {
  const chromium = await startSharedChromium({ connect: { noDefaults: true } });
  return { browser: chromium.browser, close: chromium.close };
}

/**
 * @param {{ baseUrl: string, holdSeconds: number, visibleMs: number, hiddenMs: number,
 *           afterMs?: number, log?: (line: string) => void }} options
 */
export async function runHiddenSession(options) {
  const log = options.log ?? (() => {});
  const { browser, close } = await startChromium();
  try {
    const context = browser.contexts()[0] ?? (await browser.newContext());
    await context.addInitScript(() => {
      localStorage.setItem(
        'acupress.health',
        JSON.stringify({ isPregnant: false, isAdult: true, screenedAtEpochMs: Date.now() }),
      );
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
    const page = context.pages()[0] ?? (await context.newPage());
    await page.goto(`${options.baseUrl}/session`);
    await page.getByRole('radio', { name: 'Left side' }).check();
    await page.getByRole('radio', { name: 'Custom' }).check();
    await page.getByLabel('Seconds per point (20 to 600)').fill(String(options.holdSeconds));
    await page.getByRole('checkbox', { name: 'Voice' }).uncheck();
    await page.getByRole('checkbox', { name: 'Tones' }).check();
    await page.evaluate(() => {
      document.addEventListener(
        'click',
        () => (globalThis.acupressStartClickMs = performance.now()),
        { capture: true, once: true },
      );
    });
    await page.getByRole('button', { name: 'Start the session' }).click();
    await page.getByRole('button', { name: 'Start now' }).waitFor();
    // The audio clock and the page clock can slip apart (an audio glitch on a busy machine),
    // so each tone is mapped to page time with the clock pair read nearest to when it plays.
    await page.evaluate(() => {
      const context = globalThis.acupressAudio.tones.context();
      const stamps = [];
      globalThis.acupressStamps = stamps;
      const read = () => {
        const stamp = context.getOutputTimestamp();
        if (stamp.performanceTime) stamps.push(stamp);
      };
      read();
      setInterval(read, 250);
    });

    const peer = await context.newPage();
    await peer.goto(`${options.baseUrl}/sources`);
    await peer.evaluate(() => {
      globalThis.peerTicks = 0;
      globalThis.peerStartMs = performance.now();
      setInterval(() => (globalThis.peerTicks += 1), 1000);
    });
    await page.bringToFront();
    log(`visible for ${options.visibleMs / 1000} s`);
    await sleep(options.visibleMs);

    const cdp = await context.newCDPSession(page);
    await cdp.send('Performance.enable');
    const metricsBefore = await cdp.send('Performance.getMetrics');
    const framesBefore = await page.evaluate(() => globalThis.acupressFrames.length);
    await sleep(Math.min(5000, options.visibleMs));
    const metricsAfter = await cdp.send('Performance.getMetrics');
    const framesAfter = await page.evaluate(() => globalThis.acupressFrames.length);

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
    const peerShown = await peer.evaluate(() => ({
      ticks: globalThis.peerTicks,
      atMs: performance.now(),
    }));
    await page.bringToFront();
    await sleep(options.afterMs ?? 1000);

    const result = await page.evaluate(() => {
      const audio = globalThis.acupressAudio;
      const stamps = globalThis.acupressStamps;
      const toPageMs = (sec) => {
        let best = stamps[0];
        for (const stamp of stamps) {
          if (Math.abs(stamp.contextTime - sec) < Math.abs(best.contextTime - sec)) best = stamp;
        }
        return best.performanceTime + (sec - best.contextTime) * 1000;
      };
      const context = audio.tones.context();
      return {
        tones: audio.log.map((entry) => ({
          kind: entry.kind,
          plannedMs: entry.plannedPageMs,
          soundMs: toPageMs(entry.audioTimeSec),
        })),
        stampCount: stamps.length,
        visibility: globalThis.acupressVisibility,
        startClickMs: globalThis.acupressStartClickMs,
        frames: globalThis.acupressFrames.map((frame) => frame.durationMs),
        audioState: context.state,
      };
    });
    const hiddenAt =
      result.visibility.find((change) => change.state === 'hidden')?.atMs ?? Infinity;
    const shownAt =
      result.visibility.findLast((change) => change.state === 'visible')?.atMs ?? Infinity;
    const isHidden = (ms) => ms >= hiddenAt && ms < shownAt;
    const errors = result.tones.map((tone) => ({
      ...tone,
      errorMs: tone.soundMs - tone.plannedMs,
    }));
    const maxAbs = (list) => list.reduce((max, tone) => Math.max(max, Math.abs(tone.errorMs)), 0);
    const hiddenTones = errors.filter((tone) => isHidden(tone.plannedMs));
    const visibleTones = errors.filter((tone) => !isHidden(tone.plannedMs));
    const peerElapsedMs = peerShown.atMs - peerHidden.atMs;
    const peerCountedMs = (peerShown.ticks - peerHidden.ticks) * 1000;
    const sorted = result.frames.slice(framesBefore, framesAfter).sort((a, b) => a - b);
    const metric = (metrics, name) => metrics.metrics.find((m) => m.name === name)?.value ?? 0;
    const taskMs =
      (metric(metricsAfter, 'TaskDuration') - metric(metricsBefore, 'TaskDuration')) * 1000;
    const first = errors[0];
    const worst = (list) =>
      list.reduce((a, b) => (Math.abs(b.errorMs) > Math.abs(a?.errorMs ?? -1) ? b : a), undefined);
    const describe = (tone) =>
      tone
        ? `${tone.kind} at ${((tone.plannedMs - result.startClickMs) / 1000).toFixed(1)} s: ${tone.errorMs.toFixed(2)} ms`
        : 'none';
    return {
      hiddenState,
      audioState: result.audioState,
      toneCount: errors.length,
      stampCount: result.stampCount,
      hiddenToneCount: hiddenTones.length,
      visibleToneCount: visibleTones.length,
      cueMaxErrorMsVisible: maxAbs(visibleTones),
      cueMaxErrorMsHidden: maxAbs(hiddenTones),
      peerTickTimerDriftMsHidden: peerElapsedMs - peerCountedMs,
      startToFirstCueMs: first ? first.soundMs - result.startClickMs : NaN,
      frameScriptMsP95: sorted[Math.floor(sorted.length * 0.95)] ?? NaN,
      frameMainThreadMsMean:
        framesAfter > framesBefore ? taskMs / (framesAfter - framesBefore) : NaN,
      frameCount: framesAfter - framesBefore,
      worstVisible: describe(worst(visibleTones)),
      worstHidden: describe(worst(hiddenTones)),
    };
  } finally {
    await close();
  }
}
