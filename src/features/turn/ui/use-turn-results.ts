import { useEffect, useState } from 'preact/hooks';
import { useApp } from '../../../app-context';
import type { TurnResultsModel } from '../model/turn-results';

/**
 * The turn results model, once loaded (null before, or when it could not load), with its
 * results read from the store: for components inside other screens, which must not wait for it.
 */
export function useTurnResults(): TurnResultsModel | null {
  const app = useApp();
  const [model, setModel] = useState<TurnResultsModel | null>(app.turns.current ?? null);
  useEffect(() => {
    let isGone = false;
    app.turns.load().then(
      (loaded) => {
        loaded.ensureLoaded();
        if (!isGone) setModel(loaded);
      },
      () => undefined,
    );
    return () => {
      isGone = true;
    };
  }, [app]);
  // Reading the signal here re-renders the component when the results change.
  void model?.results.value;
  return model;
}
