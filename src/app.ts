import { computed, effect, signal, type ReadonlySignal } from '@preact/signals';
import type * as LaterWiring from './app-later';
import type { LaterModelsDeps } from './app-later';
import type { PageShown, Repeater, SettingsStore } from './shared/ports';
import { createHealth, type HealthModel } from './features/safety';
import { createLanguage, type LanguageModel } from './features/shell';
import {
  createInstallModel,
  createUpdateModel,
  type AppUpdater,
  type InstallModel,
  type InstallPrompter,
  type UpdateModel,
} from './features/pwa';
import { lazy, type Lazy } from './shared/lazy';
import {
  createReminders,
  type Journal,
  type JournalPlatform,
  type Reminders,
} from './features/journal';
import type { SpotsModel } from './features/spots';
import type { TrialModel } from './features/trial';
import { lastStartKey, type SessionModel, type SessionPlatform } from './features/session';
import type { CameraPlatform } from './features/camera';
import type { TurnPlatform, TurnResultsModel } from './features/turn';

/**
 * What the app needs from the browser, built by platform/browser-ports.ts (and by fakes in
 * tests). The heavy adapters are loaders, so that they load only when a screen first needs them.
 */
export interface AppPorts {
  readonly settings: SettingsStore;
  /** The browser's language tags, most preferred first. */
  readonly languages: readonly string[];
  readonly installPrompter: InstallPrompter;
  /** The session's audio, speech, haptics, wake lock, media session and checkpoints. */
  readonly loadSessionPlatform: () => Promise<SessionPlatform>;
  /** The journal's database (Dexie), storage persistence and data deletion. */
  readonly loadJournalPlatform: () => Promise<JournalPlatform>;
  /** The camera point finder's camera and hand model (loaded when camera mode opens). */
  readonly loadCameraPlatform: () => Promise<CameraPlatform>;
  /** The turn test's motion sensors and voice (loaded when the test opens). */
  readonly loadTurnPlatform: () => Promise<TurnPlatform>;
  /** Epoch milliseconds now. */
  readonly now: () => number;
  /** Page timers: the reminders and the trial look at the clock again now and then. */
  readonly repeater: Repeater;
  /** The page shown again: the reminders look again then. */
  readonly page: PageShown;
  readonly newId: () => string;
  /** A random 32-bit seed (the trial's schedule). */
  readonly newSeed: () => number;
}

/** Home's "Start with last time's settings", whose session code loads when it is first used. */
export interface StartAgainAction {
  /** The user heads for the button: the session loads, so that the tap itself starts it. */
  prepare(): void;
  start(): Promise<'started' | 'open-session'>;
}

/**
 * Every model of the app, built once; screens find them through AppContext (app-context.ts).
 * The first screen's models are built at start; the others (`Lazy`) are built with their code
 * when a screen first needs them (`useLazyModel`), so that the first screen stays small.
 */
export interface App {
  /** Epoch milliseconds now: screens read the clock here, never Date.now() themselves. */
  readonly now: () => number;
  readonly settings: SettingsStore;
  readonly health: HealthModel;
  readonly language: LanguageModel;
  readonly install: InstallModel;
  /** The update model once the service worker is registered (none in dev or old browsers). */
  readonly updates: ReadonlySignal<UpdateModel | undefined>;
  connectUpdates(updater: AppUpdater): void;
  readonly reminders: Reminders;
  readonly journal: Lazy<Journal>;
  readonly spots: Lazy<SpotsModel>;
  readonly trial: Lazy<TrialModel>;
  /** The turn test's results, kept in the journal's store. */
  readonly turns: Lazy<TurnResultsModel>;
  /**
   * The one session model of this page, built on first use with its platform. It lives outside
   * the screens, so a session keeps running while the user opens the guide or another screen.
   */
  readonly session: Lazy<SessionModel>;
  /** A guided session runs: the update prompt and install hint wait, the site's navigation hides. */
  readonly isSessionActive: ReadonlySignal<boolean>;
  readonly startAgain: StartAgainAction;
  readonly loadCameraPlatform: () => Promise<CameraPlatform>;
  readonly loadTurnPlatform: () => Promise<TurnPlatform>;
  /**
   * "Delete all data": the journal's database, the session's checkpoints, the app's caches and
   * every setting, and the reminder plan this page holds; the models that read the journal read
   * it again when next shown. Fails (and the screen says so) when the journal cannot be opened.
   */
  deleteAllData(): Promise<void>;
  /** Stops every effect the app set up between its models. */
  dispose(): void;
}

export function createApp(ports: AppPorts): App {
  const { settings } = ports;
  const disposers: (() => void)[] = [];

  const loadedSession = signal<SessionModel | undefined>(undefined);
  // The later models are built by app-later.ts, whose code loads with the first of them.
  const later = <T>(build: (wiring: typeof LaterWiring, deps: LaterModelsDeps) => Promise<T>) =>
    lazy(() => import('./app-later').then((wiring) => build(wiring, laterDeps)));
  const session = later((wiring, deps) => wiring.buildSession(deps));
  const isSessionActive = computed(() => loadedSession.value?.isActive.value ?? false);
  const isSessionFinished = computed(() => loadedSession.value?.status.value === 'done');
  // Camera mode's hand model (a worker, its WebAssembly and model) is torn down when a session
  // starts, not kept warm: iOS ends background pages that hold much memory.
  let loadedCamera: CameraPlatform | undefined;
  const loadCameraPlatform = () =>
    ports.loadCameraPlatform().then((loaded) => (loadedCamera = loaded));
  disposers.push(
    effect(() => {
      if (isSessionActive.value) loadedCamera?.release();
    }),
  );

  const health = createHealth(settings, {
    now: ports.now,
    lastSessionAtEpochMs: () => {
      const last = settings.read<unknown>(lastStartKey);
      return typeof last === 'number' ? last : undefined;
    },
  });
  const install = createInstallModel(ports.installPrompter, settings, isSessionFinished);
  disposers.push(() => install.dispose());
  const updates = signal<UpdateModel | undefined>(undefined);

  const journal = later((wiring, deps) => wiring.buildJournal(deps));
  const spots = later((wiring, deps) => wiring.buildSpots(deps));
  const turns = later((wiring, deps) => wiring.buildTurns(deps));
  const trial = later((wiring, deps) => wiring.buildTrial(deps));
  const startAgain = later((wiring, deps) => wiring.buildStartAgain(deps));
  const laterDeps: LaterModelsDeps = { ports, health, loadedSession, session, journal, disposers };

  const reminders = createReminders({
    settings,
    now: ports.now,
    repeater: ports.repeater,
    page: ports.page,
  });

  return {
    now: ports.now,
    settings,
    health,
    language: createLanguage(settings, ports.languages),
    install,
    updates,
    connectUpdates(updater) {
      updates.value = createUpdateModel(updater, isSessionActive);
    },
    reminders,
    journal,
    spots,
    trial,
    turns,
    session,
    isSessionActive,
    startAgain: {
      prepare() {
        // A failure here is tried again on the tap, which then says so by opening the session.
        void startAgain
          .load()
          .then((loaded) => loaded.prepare())
          .catch(() => undefined);
      },
      start() {
        // Loaded already (the usual case): the session starts inside the user's tap.
        const loaded = startAgain.current;
        return loaded ? loaded.start() : startAgain.load().then((built) => built.start());
      },
    },
    loadCameraPlatform,
    loadTurnPlatform: ports.loadTurnPlatform,
    async deleteAllData() {
      await (await journal.load()).deleteAll();
      reminders.setPlan(undefined);
    },
    dispose() {
      for (const dispose of disposers.splice(0)) dispose();
    },
  };
}
