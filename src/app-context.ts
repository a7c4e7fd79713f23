import { createContext } from 'preact';
import { useContext, useRef, useState } from 'preact/hooks';
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
export function useLazyModel<T>(model: Lazy<T>): T {
  const [, setSettled] = useState(0);
  const waiting = useRef<Promise<void> | null>(null);
  if (model.current !== undefined) return model.current;
  if (model.error !== undefined) throw model.error;
  // The router keeps what it showed until the promise settles; then this component renders
  // again (as preact-iso's lazy() does), with the model, or throws its failure for the boundary.
  waiting.current ??= model.load().then(
    () => setSettled(1),
    () => setSettled(2),
  );
  throw waiting.current;
}
