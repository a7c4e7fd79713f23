/**
 * Ports: what the models need from the outside world. Platform files implement them for the
 * browser; test/ has fakes for them. Heavy adapters are loaded on demand through `Services`.
 */

/** Wall-clock milliseconds, monotonic while the page lives (performance.now based in the browser). */
export interface Clock {
  nowMs(): number;
}

/** Small synchronous key-value settings (remembered choices, health answers). */
export interface SettingsStore {
  read<T>(key: string): T | undefined;
  write<T>(key: string, value: T): void;
  remove(key: string): void;
  /** Every key this store holds (for "delete all data"). */
  keys(): string[];
}

/**
 * A page timer, for models that look at the clock again now and then (the reminders, the trial):
 * calls `onTick` every `intervalMs` until the returned function stops it.
 */
export interface Repeater {
  every(intervalMs: number, onTick: () => void): () => void;
}

/** The page shown again (switched back to, or the screen woken): `listener` runs each time. */
export interface PageShown {
  onShown(listener: () => void): () => void;
}
