import type { Ticker } from '../features/session/ports';
import { trustedScriptUrl } from './trusted-types';
import workerUrl from './ticker-worker.ts?worker&url';

/**
 * Ticks from a dedicated worker (not throttled in a hidden page). Where workers are missing,
 * falls back to page timers; tones still keep time because they are scheduled ahead on the
 * audio clock.
 */
export function createTicker(): Ticker {
  return {
    start(intervalMs, onTick) {
      let worker: Worker | null;
      try {
        worker = new Worker(trustedScriptUrl(workerUrl) as string, { type: 'module' });
      } catch {
        worker = null;
      }
      if (!worker) {
        const timer = setInterval(onTick, intervalMs);
        return () => clearInterval(timer);
      }
      const active = worker;
      let fallback: ReturnType<typeof setInterval> | undefined;
      active.addEventListener('message', () => onTick());
      // A worker that fails to load (blocked, or not supported) falls back to page timers.
      active.addEventListener('error', () => {
        fallback ??= setInterval(onTick, intervalMs);
      });
      active.postMessage({ intervalMs });
      return () => {
        if (fallback !== undefined) clearInterval(fallback);
        active.postMessage('stop');
        active.terminate();
      };
    },
  };
}
