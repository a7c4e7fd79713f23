import type { Page } from '@playwright/test';

/**
 * The session's sound as a person gets it: the track that the app's media element plays
 * (`audio[data-acupress="session-track"]`, in the document so that it can be watched from here).
 * The app has no hook for tests: these helpers read the element, its file and its output.
 */

const trackSelector = 'audio[data-acupress="session-track"]';

/** The file the session's track element is playing now (it plays, and has played a little). */
async function playingTrack(page: Page, notSrc = ''): Promise<string> {
  const handle = await page.waitForFunction(
    ({ selector, notSrc }) => {
      const element = document.querySelector<HTMLAudioElement>(selector);
      const isPlaying = element && element.src && !element.paused && element.currentTime > 0;
      // The quiet bed (5 minutes and its 1.2 s end cue) stands in while a part renders.
      const isBed = element && Math.abs(element.duration - 301.2) < 0.05;
      return isPlaying && !isBed && element.src !== notSrc ? element.src : null;
    },
    { selector: trackSelector, notSrc },
  );
  return (await handle.jsonValue()) ?? '';
}

/**
 * Does `action` and returns the file the track element plays after it: a new one, rendered for
 * where the session now stands (a file played before the action does not count).
 */
export async function trackPlayedAfter(page: Page, action: () => Promise<void>): Promise<string> {
  const before = await playingTrack(page);
  await action();
  return playingTrack(page, before);
}

export interface TrackOnset {
  /** From the track's first sample. */
  readonly ms: number;
  /** The name of the pitch (of those asked about) with the most power in its first 50 ms. */
  readonly pitch: string;
}

/**
 * The onsets of the file `src` (a sound after at least 0.5 s of silence), decoded by the browser
 * at the file's own rate, so sample-exact; each named by the strongest of `pitchesHz` (Goertzel
 * power over its first 50 ms). Reading a blob: URL needs the test to lift the app's CSP.
 */
export async function trackOnsets(
  page: Page,
  src: string,
  pitchesHz: Readonly<Record<string, number>>,
): Promise<TrackOnset[]> {
  return page.evaluate(
    async ({ src, pitchesHz }) => {
      const bytes = await (await fetch(src)).arrayBuffer();
      // The file's rate: FLAC's STREAMINFO (after "fLaC") or the WAV header.
      const view = new DataView(bytes);
      const sampleRate =
        view.getUint32(0) === 0x664c6143 ? view.getUint32(18) >>> 12 : view.getUint32(24, true);
      const decoded = await new OfflineAudioContext(1, 1, sampleRate).decodeAudioData(bytes);
      const samples = decoded.getChannelData(0);
      const windowLength = Math.round(sampleRate * 0.05);
      const power = (from: number, hz: number) => {
        const k = 2 * Math.cos((2 * Math.PI * hz) / sampleRate);
        let s1 = 0;
        let s2 = 0;
        for (let i = from; i < from + windowLength && i < samples.length; i += 1) {
          const s0 = (samples[i] ?? 0) + k * s1 - s2;
          s2 = s1;
          s1 = s0;
        }
        return s1 * s1 + s2 * s2 - k * s1 * s2;
      };
      const onsets: Array<{ ms: number; pitch: string }> = [];
      let quietSince = -sampleRate;
      for (let i = 0; i < samples.length; i += 1) {
        if (Math.abs(samples[i] ?? 0) <= 0.001) continue;
        if (i - quietSince > sampleRate / 2) {
          const [pitch = ''] = Object.entries(pitchesHz)
            .map(([name, hz]) => [name, power(i, hz)] as const)
            .reduce((best, next) => (next[1] > best[1] ? next : best));
          onsets.push({ ms: (i / sampleRate) * 1000, pitch });
        }
        quietSince = i;
      }
      return onsets;
    },
    { src, pitchesHz },
  );
}

/**
 * True once the track element's output carries sound: its playback, copied with captureStream()
 * into an analyser of the test's own (the element still plays to the speakers as in use).
 */
export async function trackIsHeard(page: Page, timeoutMs = 10_000): Promise<boolean> {
  await playingTrack(page);
  return page.evaluate(
    async ({ selector, timeoutMs }) => {
      const element = document.querySelector(selector) as HTMLAudioElement & {
        captureStream(): MediaStream;
      };
      const context = new AudioContext();
      const analyser = context.createAnalyser();
      const mute = context.createGain();
      mute.gain.value = 0;
      context.createMediaStreamSource(element.captureStream()).connect(analyser).connect(mute);
      mute.connect(context.destination);
      await context.resume();
      const samples = new Float32Array(analyser.fftSize);
      const untilMs = performance.now() + timeoutMs;
      try {
        while (performance.now() < untilMs) {
          analyser.getFloatTimeDomainData(samples);
          if (samples.some((sample) => Math.abs(sample) > 0.01)) return true;
          await new Promise((done) => setTimeout(done, 10));
        }
        return false;
      } finally {
        await context.close();
      }
    },
    { selector: trackSelector, timeoutMs },
  );
}
