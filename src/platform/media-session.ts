import type { MediaControls } from '../app/session-ports';

/** Lock-screen and notification-area controls through the Media Session API, where it exists. */
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
      set('play', () => handlers.play());
      set('pause', () => handlers.pause());
      set('nexttrack', () => handlers.next());
      set('previoustrack', () => handlers.previous());
    },
    setState(title, subtitle, state) {
      if (!session) return;
      if (typeof MediaMetadata === 'function') {
        session.metadata = new MediaMetadata({ title, artist: subtitle });
      }
      session.playbackState = state;
    },
    clear() {
      if (!session) return;
      session.metadata = null;
      session.playbackState = 'none';
      for (const action of ['play', 'pause', 'nexttrack', 'previoustrack'] as const)
        set(action, null);
    },
  };
}
