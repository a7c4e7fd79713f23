import type { Haptics } from '../features/session/ports';

/** Vibration where navigator.vibrate exists (Android browsers); a quiet no-op elsewhere. */
export function createHaptics(nav: Navigator = navigator): Haptics {
  return {
    vibrate(patternMs) {
      if (typeof nav.vibrate !== 'function') return false;
      try {
        return nav.vibrate([...patternMs]);
      } catch {
        return false;
      }
    },
  };
}
