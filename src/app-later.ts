import { effect, type ReadonlySignal, type Signal } from '@preact/signals';
import { loadMessages } from './i18n/i18n';
import type { AppPorts } from './app';
import type { HealthModel } from './features/safety';
import type { Journal } from './features/journal';
import type { SpotsModel } from './features/spots';
import { trialRunningKey, type TrialModel } from './features/trial';
import { checkpointDatabaseName, type SessionModel } from './features/session';
import type { TurnResultsModel } from './features/turn';
import type { Lazy } from './shared/lazy';
import { localMoment } from './shared/core/local-moment';

/**
 * How app.ts builds its later models (App's `Lazy` ones), once their code has loaded. This
 * wiring loads with the first of them, not with the first screen, which shows none of them; it
 * goes in the file of shared code that every later screen loads anyway
 * (build/chunk-groups.mjs), so it costs no round of loading of its own.
 */
export interface LaterModelsDeps {
  readonly ports: AppPorts;
  readonly health: HealthModel;
  /** The session model once built: the app's isSessionActive reads it. */
  readonly loadedSession: Signal<SessionModel | undefined>;
  readonly session: Lazy<SessionModel>;
  readonly journal: Lazy<Journal>;
  /** Where the app keeps what it stops in dispose(). */
  readonly disposers: (() => void)[];
}

const loadStore = ({ ports }: LaterModelsDeps) =>
  ports.loadJournalPlatform().then((platform) => platform.store);

/**
 * An import or "delete all data" changes the journal's revision: a model of stored records
 * (spots, turn results) reads again when a screen next shows it, so that deleting does not
 * re-create the database.
 */
function unloadOnJournalChange(
  deps: LaterModelsDeps,
  model: { unload(): void },
  revision: ReadonlySignal<number>,
) {
  const firstRevision = revision.peek();
  deps.disposers.push(
    effect(() => {
      if (revision.value !== firstRevision) model.unload();
    }),
  );
}

export async function buildSession(deps: LaterModelsDeps): Promise<SessionModel> {
  const { ports } = deps;
  const [platform, { createSessionModel }, { sessionWords }] = await Promise.all([
    ports.loadSessionPlatform(),
    import('./features/session/model/session-model'),
    import('./features/session/ui/session-words'),
    // The words the session speaks and shows, so that it speaks them from its first cue.
    loadMessages(['core', 'session']),
  ]);
  const model = createSessionModel(platform, {
    epochNowMs: ports.now,
    newId: ports.newId,
    words: sessionWords,
    settings: ports.settings,
  });
  deps.loadedSession.value = model;
  return model;
}

export async function buildJournal({ ports }: LaterModelsDeps): Promise<Journal> {
  // The database's code loads alongside the model's, not after it: the model's first ask
  // takes this load, later asks (after a failure) load again.
  let early: ReturnType<typeof ports.loadJournalPlatform> | undefined = ports.loadJournalPlatform();
  early.catch(() => undefined);
  const { createJournal } = await import('./features/journal/model/journal');
  return createJournal({
    settings: ports.settings,
    loadPlatform: () => {
      const loading = early ?? ports.loadJournalPlatform();
      early = undefined;
      return loading;
    },
    otherDatabases: [checkpointDatabaseName],
  });
}

export async function buildSpots(deps: LaterModelsDeps): Promise<SpotsModel> {
  const { ports } = deps;
  const [{ createSpotsModel }, loadedJournal] = await Promise.all([
    import('./features/spots/model/spots-model'),
    deps.journal.load(),
  ]);
  const model = createSpotsModel({
    loadStore: () => loadStore(deps),
    now: ports.now,
    newId: ports.newId,
  });
  unloadOnJournalChange(deps, model, loadedJournal.revision);
  return model;
}

export async function buildTurns(deps: LaterModelsDeps): Promise<TurnResultsModel> {
  const { ports } = deps;
  const [{ createTurnResults }, loadedJournal] = await Promise.all([
    import('./features/turn/model/turn-results'),
    deps.journal.load(),
  ]);
  const model = createTurnResults({
    loadStore: () => loadStore(deps),
    now: ports.now,
    newId: ports.newId,
    dayKeyOf: (epochMs) => localMoment(new Date(epochMs)).dateKey,
  });
  unloadOnJournalChange(deps, model, loadedJournal.revision);
  return model;
}

export async function buildTrial(deps: LaterModelsDeps): Promise<TrialModel> {
  const { ports } = deps;
  const { settings } = ports;
  const { createTrialModel } = await import('./features/trial/model/trial-model');
  return createTrialModel({
    loadStore: () => loadStore(deps),
    loadSessions: () => deps.journal.load().then((loaded) => loaded.loadAll()),
    now: ports.now,
    repeater: ports.repeater,
    localMomentOf: (epochMs) => {
      const moment = localMoment(new Date(epochMs));
      return { dayKey: moment.dateKey, minutesOfDay: moment.minutesOfDay };
    },
    newSeed: ports.newSeed,
    newId: ports.newId,
    markRunning: (isRunning) => {
      if (isRunning) settings.write(trialRunningKey, true);
      else settings.remove(trialRunningKey);
    },
  });
}

export async function buildStartAgain(deps: LaterModelsDeps) {
  const { createStartAgain } = await import('./features/session/model/start-again');
  return createStartAgain({
    session: deps.session.load,
    health: deps.health,
    settings: deps.ports.settings,
  });
}
