import type { PageShown, Repeater } from '../src/shared/ports';

/** A page timer that ticks when the test says so. */
export interface FakeRepeater extends Repeater {
  /** Calls every running timer's `onTick` once (as if its interval had passed). */
  tick(): void;
  /** The intervals of the timers running now. */
  readonly running: readonly number[];
}

export function createFakeRepeater(): FakeRepeater {
  const timers = new Set<{ intervalMs: number; onTick: () => void }>();
  return {
    every(intervalMs, onTick) {
      const timer = { intervalMs, onTick };
      timers.add(timer);
      return () => timers.delete(timer);
    },
    tick() {
      for (const timer of [...timers]) timer.onTick();
    },
    get running() {
      return [...timers].map((timer) => timer.intervalMs);
    },
  };
}

/** The page shown again when the test says so. */
export interface FakePageShown extends PageShown {
  show(): void;
  readonly listenerCount: number;
}

export function createFakePageShown(): FakePageShown {
  const listeners = new Set<() => void>();
  return {
    onShown(listener) {
      const own = () => listener();
      listeners.add(own);
      return () => listeners.delete(own);
    },
    show() {
      for (const listener of [...listeners]) listener();
    },
    get listenerCount() {
      return listeners.size;
    },
  };
}
