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
