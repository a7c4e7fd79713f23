import type { FrameClock } from '../features/camera/ports';

/** The page's frame clock: performance.now, and the next animation frame. */
export function createFrameClock(): FrameClock {
  return {
    nowMs: () => performance.now(),
    nextFrame: () => new Promise<void>((resolve) => requestAnimationFrame(() => resolve())),
  };
}
