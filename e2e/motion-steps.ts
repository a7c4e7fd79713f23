import type { Page } from '@playwright/test';
import type { motionTrace } from '../bench/lib/motion-traces.js';

/**
 * Plays a fixture's motion readings (bench/lib/motion-traces.js) into the page as
 * DeviceMotionEvents, at their own pace: the turn test's sensors, as a phone would give them.
 */
export function playMotion(page: Page, samples: ReturnType<typeof motionTrace>['samples']) {
  return page.evaluate(async (readings) => {
    // Timed by an event's own time stamp, which the browser takes from its real monotonic
    // clock, so that a test that fixes the page's clock (page.clock) still plays them in time.
    const now = () => new Event('tick').timeStamp;
    const start = now();
    for (const reading of readings) {
      const wait = start + reading.atMs - now();
      if (wait > 0) await new Promise((done) => setTimeout(done, wait));
      window.dispatchEvent(
        new DeviceMotionEvent('devicemotion', {
          rotationRate: reading.rotationRate,
          accelerationIncludingGravity: reading.accelerationIncludingGravity,
          interval: 16,
        }),
      );
    }
  }, samples);
}
