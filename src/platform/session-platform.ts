import type { SessionPlatform } from '../features/session/ports';
import { createCheckpointStore } from './checkpoint-store';
import { createHaptics } from './haptics';
import { createMediaControls } from './media-session';
import { createMediaTrack } from './media-track';
import { createSessionLock } from './session-lock';
import { createSpeech } from './speech';
import { createTicker } from './ticker';
import { createTrackRenderer } from './track-renderer';
import { createWakeLock } from './wake-lock';
import { createWebAudioTones, renderTones } from './web-audio';

/** The browser's session adapters, loaded with the session screen. */
export function createSessionPlatform(): SessionPlatform {
  const tones = createWebAudioTones();
  // Starting an audio device can take seconds; doing it now keeps Start quick. The context
  // stays suspended until the user's Start gesture resumes it.
  tones.prepare();
  // The worker starts now, so that its script is loaded when Start asks for the first track.
  const renderer = createTrackRenderer();
  // Tests and benchmarks read the schedule log and the audio context from here. With the
  // rendered track, the log lists what each track was rendered with (it has no audio times:
  // what the track plays is measured at its output, not here).
  (globalThis as { acupressAudio?: unknown }).acupressAudio = {
    log: tones.log,
    tones,
    renderTones,
  };
  return {
    clock: { nowMs: () => performance.now() },
    tones,
    track: createMediaTrack(),
    renderer: {
      render(request) {
        const scheduledPageMs = performance.now();
        for (const cue of request.cues) {
          const entry = { kind: cue.kind, plannedPageMs: NaN, audioTimeSec: NaN, scheduledPageMs };
          tones.log.push(entry);
        }
        return renderer.render(request);
      },
    },
    speech: createSpeech(),
    haptics: createHaptics(),
    wakeLock: createWakeLock(),
    media: createMediaControls(),
    ticker: createTicker(),
    checkpoints: createCheckpointStore(),
    lock: createSessionLock(),
  };
}
