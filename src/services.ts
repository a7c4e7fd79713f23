import type { SettingsStore } from './shared/ports';
import type { SessionPlatform } from './features/session/ports';
import type { JournalPlatform } from './features/journal/ports';
import type { CameraPlatform } from './features/camera/ports';

/**
 * What main.tsx hands to the models: adapters ready at start-up, and loaders for the heavy
 * ones (session player, database, camera), so that they load only when used. Screens never
 * import platform/; they ask for services here.
 */
export interface Services {
  readonly settings: SettingsStore;
  /** The session's audio, speech, haptics, wake lock, media session and checkpoints. */
  readonly loadSessionPlatform: () => Promise<SessionPlatform>;
  /** The journal's database (Dexie), storage persistence and data deletion. */
  readonly loadJournalPlatform: () => Promise<JournalPlatform>;
  /** The camera point finder's camera and hand model (loaded when camera mode opens). */
  readonly loadCameraPlatform: () => Promise<CameraPlatform>;
  // Each feature adds its loaders here, typed by an app-level interface.
}

let current: Services | undefined;

export function configureServices(services: Services): void {
  current = services;
}

export function services(): Services {
  if (!current) throw new Error('Services are not configured: main.tsx sets them up.');
  return current;
}
