import type { MediaControls } from '../features/session/ports';

const actions = ['play', 'pause', 'nexttrack', 'previoustrack', 'seekto'] as const;
/**
 * Actions the session leaves unset, so that iOS shows ⏮ ⏭ (which move by a step) rather than
 * its ±10 s buttons, which it shows when these have handlers.
 */
const unset = ['seekbackward', 'seekforward'] as const;

/**
 * Lock-screen and notification-area controls through the Media Session API, where it exists.
 * Browsers differ in what they support (Safari before 15 has no seekto, Firefox no position
 * state), so each call is tried on its own and a missing piece leaves the rest working.
 */
export function createMediaControls(nav: Navigator = navigator): MediaControls {
  const session = 'mediaSession' in nav ? nav.mediaSession : undefined;
  const set = (action: MediaSessionAction, handler: MediaSessionActionHandler | null) => {
    try {
      session?.setActionHandler(action, handler);
    } catch {
      // This browser does not support the action.
    }
  };
  return {
    setHandlers(handlers) {
      for (const action of unset) set(action, null);
      set('play', () => handlers.play());
      set('pause', () => handlers.pause());
      set('nexttrack', () => handlers.next());
      set('previoustrack', () => handlers.previous());
      set('seekto', (details) => {
        if (typeof details.seekTime === 'number' && Number.isFinite(details.seekTime)) {
          handlers.seekTo(Math.max(0, Math.round(details.seekTime * 1000)));
        }
      });
    },
    setStep(step) {
      if (!session || typeof MediaMetadata !== 'function') return;
      session.metadata = new MediaMetadata({
        title: step.title,
        artist: step.subtitle,
        album: step.album,
        artwork: step.artwork.map(({ src, sizePx }) => ({
          src,
          sizes: `${sizePx}x${sizePx}`,
          type: 'image/png',
        })),
      });
    },
    setPlaybackState(state) {
      if (session) session.playbackState = state;
    },
    setPosition({ durationMs, positionMs, playbackRate }) {
      if (!session || typeof session.setPositionState !== 'function') return;
      // The API rejects a position past the duration, and a zero duration or rate.
      if (durationMs <= 0 || playbackRate <= 0) return;
      try {
        session.setPositionState({
          duration: durationMs / 1000,
          position: Math.min(Math.max(0, positionMs), durationMs) / 1000,
          playbackRate,
        });
      } catch {
        // An old implementation with a narrower idea of valid values.
      }
    },
    clear() {
      if (!session) return;
      session.metadata = null;
      session.playbackState = 'none';
      try {
        session.setPositionState?.();
      } catch {
        // Nothing to clear.
      }
      for (const action of actions) set(action, null);
    },
  };
}
