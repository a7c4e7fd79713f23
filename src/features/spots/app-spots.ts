import { effect } from '@preact/signals';
import { useEffect } from 'preact/hooks';
import { appJournal } from '../journal';
import { services } from '../../services';
import { createSpotsModel, type SpotsModel } from './model/spots-model';

let instance: SpotsModel | undefined;

/**
 * The app's spots model, built on first use over the journal's store and the real clock. It
 * forgets the loaded marks after an import or "delete all data" (the journal's revision), and
 * screens read them again when they next open (useSpots), so deleting does not re-create the
 * database.
 */
export function appSpots(): SpotsModel {
  if (!instance) {
    const { loadJournalPlatform } = services();
    const model = createSpotsModel({
      loadStore: () => loadJournalPlatform().then((platform) => platform.store),
      now: () => Date.now(),
      newId: () => crypto.randomUUID(),
    });
    instance = model;
    const { revision } = appJournal();
    const seen = revision.peek();
    effect(() => {
      if (revision.value !== seen) model.unload();
    });
  }
  return instance;
}

/** The spots model for a component, its marks loaded when the component first shows. */
export function useSpots(): SpotsModel {
  const spots = appSpots();
  useEffect(() => spots.ensureLoaded(), [spots]);
  return spots;
}
