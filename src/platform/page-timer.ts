import type { Repeater } from '../shared/ports';

/** Page timers (throttled in a hidden page, which is all the reminders and the trial need). */
export function createRepeater(): Repeater {
  return {
    every(intervalMs, onTick) {
      const timer = setInterval(onTick, intervalMs);
      return () => clearInterval(timer);
    },
  };
}
