import type { AppPorts } from '../app';
import { createLocalSettings } from './local-settings';
import { createInstallPrompter } from './install-prompt';
import { createPageShown } from './page-lifecycle';
import { createRepeater } from './page-timer';

/**
 * The browser's adapters for the app's ports. The heavy ones are loaders, imported only when a
 * screen first needs them (session player, database, camera).
 */
export function browserPorts(): AppPorts {
  // Caught from the start: the browser fires its install prompt event once, early.
  const installPrompter = createInstallPrompter();
  return {
    settings: createLocalSettings(),
    languages: navigator.languages,
    installPrompter,
    loadSessionPlatform: () => import('./session-platform').then((m) => m.createSessionPlatform()),
    loadJournalPlatform: () =>
      Promise.all([
        import('./db'),
        import('./storage-persistence'),
        import('./journal-import'),
      ]).then(([db, storage, importing]) => ({
        ...db.createJournalPlatform(),
        persistence: storage.createStoragePersistence(),
        importer: importing.createJournalImporter(),
        // Installed and opened from the Home Screen: display-mode standalone.
        isHomeScreenApp: () => installPrompter.isInstalled(),
      })),
    loadCameraPlatform: () => import('./camera-platform').then((m) => m.createCameraPlatform()),
    loadTurnPlatform: () => import('./turn-platform').then((m) => m.createTurnPlatform()),
    now: () => Date.now(),
    repeater: createRepeater(),
    page: createPageShown(),
    newId: () => crypto.randomUUID(),
    newSeed: () => crypto.getRandomValues(new Uint32Array(1))[0] ?? 0,
  };
}
