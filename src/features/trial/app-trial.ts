import { appJournal } from '../journal';
import { localMoment } from '../journal';
import { services } from '../../services';
import { createTrialModel, type TrialModel } from './model/trial-model';
import { trialRunningKey } from './app-trial-key';

let instance: TrialModel | undefined;

/** The app's trial model, built on first use over the journal's store and the real clock. */
export function appTrial(): TrialModel {
  if (!instance) {
    const { settings, loadJournalPlatform } = services();
    const journal = appJournal();
    instance = createTrialModel({
      loadStore: () => loadJournalPlatform().then((platform) => platform.store),
      loadSessions: () => journal.loadAll(),
      now: () => Date.now(),
      localMomentOf: (epochMs) => {
        const moment = localMoment(new Date(epochMs));
        return { dayKey: moment.dateKey, minutesOfDay: moment.minutesOfDay };
      },
      newSeed: () => crypto.getRandomValues(new Uint32Array(1))[0] ?? 0,
      newId: () => crypto.randomUUID(),
      markRunning: (isRunning) => {
        if (isRunning) settings.write(trialRunningKey, true);
        else settings.remove(trialRunningKey);
      },
    });
  }
  return instance;
}
