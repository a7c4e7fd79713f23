import type { WakeLock, WakeLockState } from '../features/session/ports';

/**
 * Keeps the screen on during a session where the Screen Wake Lock API exists. The browser
 * drops the lock when the page is hidden; it is taken again when the page comes back.
 */
export function createWakeLock(nav: Navigator = navigator, doc: Document = document): WakeLock {
  let sentinel: WakeLockSentinel | null = null;
  let wanted = false;

  async function take(): Promise<WakeLockState> {
    if (!('wakeLock' in nav) || !nav.wakeLock) return 'unsupported';
    try {
      sentinel = await nav.wakeLock.request('screen');
      return 'held';
    } catch {
      return 'denied';
    }
  }

  doc.addEventListener('visibilitychange', () => {
    if (wanted && doc.visibilityState === 'visible' && (!sentinel || sentinel.released))
      void take();
  });

  return {
    async request() {
      wanted = true;
      return take();
    },
    async release() {
      wanted = false;
      await sentinel?.release().catch(() => {});
      sentinel = null;
    },
  };
}
