/**
 * A value built on first use by an async factory (a model whose code loads with the first
 * screen that needs it), built once: every caller gets the same value. A failed build is
 * forgotten, so the next `load` tries again.
 */
export interface Lazy<T> {
  /** The value once built; undefined before. */
  readonly current: T | undefined;
  /** Why the last build failed, until the next `load` starts. */
  readonly error: unknown;
  load(): Promise<T>;
}

export function lazy<T>(build: () => Promise<T>): Lazy<T> {
  let current: T | undefined;
  let error: unknown;
  let pending: Promise<T> | undefined;
  return {
    get current() {
      return current;
    },
    get error() {
      return error;
    },
    load() {
      if (current !== undefined) return Promise.resolve(current);
      error = undefined;
      pending ??= build().then(
        (value) => (current = value),
        (failure: unknown) => {
          error = failure;
          pending = undefined;
          throw failure;
        },
      );
      return pending;
    },
  };
}
