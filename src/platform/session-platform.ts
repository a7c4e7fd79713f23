import type { SessionPlatform } from '../features/session/ports';
import { createCheckpointStore } from './checkpoint-store';
import { createHaptics } from './haptics';
import { createMediaControls } from './media-session';
import { createMediaTrack, playableTrackFormat } from './media-track';
import { createPageLifecycle } from './page-lifecycle';
import { createSessionLock } from './session-lock';
import { createSpeech } from './speech';
import { createTicker } from './ticker';
import { createTrackRenderer } from './track-renderer';
import { createWakeLock } from './wake-lock';
import { createWebAudioTones } from './web-audio';

/** The browser's session adapters, loaded with the session screen. */
export function createSessionPlatform(): SessionPlatform {
  // The audio context is made on first use: only 'over-music' playback (warmed up by the
  // set-up screen's gestures) and a track that cannot be played need one.
  const tones = createWebAudioTones();
  // The worker starts now, so that its script is loaded when Start asks for the first track.
  const renderer = createTrackRenderer(playableTrackFormat());
  return {
    clock: { nowMs: () => performance.now() },
    tones,
    track: createMediaTrack(),
    renderer,
    speech: createSpeech(),
    haptics: createHaptics(),
    wakeLock: createWakeLock(),
    media: createMediaControls(),
    ticker: createTicker(),
    checkpoints: createCheckpointStore(),
    lock: createSessionLock(),
    page: createPageLifecycle(),
  };
}
