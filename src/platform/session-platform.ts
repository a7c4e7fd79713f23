import type { SessionPlatform } from '../app/session-ports';
import { createCheckpointStore } from './checkpoint-store';
import { createHaptics } from './haptics';
import { createMediaControls } from './media-session';
import { createSessionLock } from './session-lock';
import { createSpeech } from './speech';
import { createTicker } from './ticker';
import { createWakeLock } from './wake-lock';
import { createWebAudioTones, renderTones } from './web-audio';

/** The browser's session adapters, loaded with the session screen. */
export function createSessionPlatform(): SessionPlatform {
  const tones = createWebAudioTones();
  // Starting an audio device can take seconds; doing it now keeps Start quick. The context
  // stays suspended until the user's Start gesture resumes it.
  tones.prepare();
  // Tests and benchmarks read the schedule log and the audio context from here.
  (globalThis as { acupressAudio?: unknown }).acupressAudio = {
    log: tones.log,
    tones,
    renderTones,
  };
  return {
    clock: { nowMs: () => performance.now() },
    tones,
    speech: createSpeech(),
    haptics: createHaptics(),
    wakeLock: createWakeLock(),
    media: createMediaControls(),
    ticker: createTicker(),
    checkpoints: createCheckpointStore(),
    lock: createSessionLock(),
  };
}
