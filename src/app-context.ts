import { createContext } from 'preact';
import { useContext } from 'preact/hooks';
import type { App } from './app';
import type { Lazy } from './shared/lazy';

/** The app's models, provided once at the root (routes.tsx); screens ask with `useApp()`. */
export const AppContext = createContext<App | null>(null);

export function useApp(): App {
  const app = useContext(AppContext);
  if (!app) throw new Error('No app here: main.tsx builds one and routes.tsx provides it.');
  return app;
}

/**
 * A model that loads with its code (see App): the component waits, as a lazy screen does, until
 * it is built, then gets it at once on every later render.
 */
export function useModel<T>(model: Lazy<T>): T {
  if (model.current !== undefined) return model.current;
  if (model.error !== undefined) throw model.error;
  // The router shows the previous screen (or nothing) until the promise settles, then renders
  // again; a failure is thrown above on that render, for the error boundary.
  throw model.load().catch(() => undefined);
}
