import { effect } from '@preact/signals';
import { appJournal } from '../../app/journal';
import { services } from '../../app/services';
import { createSpotsModel, type SpotsModel } from './model/spots-model';

let instance: SpotsModel | undefined;

/**
 * The app's spots model, built on first use over the journal's store and the real clock. It
 * reads the marks again after an import or "delete all data" (the journal's revision).
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
    effect(() => {
      void revision.value;
      void model.load();
    });
  }
  return instance;
}
