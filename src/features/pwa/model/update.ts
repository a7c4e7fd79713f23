import type { AppUpdater } from '../ports';
import { computed, signal, type ReadonlySignal } from '@preact/signals';

/**
 * The app's own updates. A new version (a new service worker) installs in the background and
 * waits; the home screen offers "A new version is ready — Reload", never during a session, and
 * the page reloads only when the user taps it.
 */

/** What the update model needs from the browser: src/platform/service-worker.ts in the app. */
/**
 * True while a guided session runs. The session model sets it; until it exposes its own
 * `isSessionActive()`, this signal is the hand-over point.
 */
export const sessionActive = signal(false);

export interface UpdateModel {
  /** A new version has installed and waits for the user. */
  readonly isUpdateReady: ReadonlySignal<boolean>;
  /** Whether the home screen shows the prompt now: an update waits and no session runs. */
  readonly isPromptShown: ReadonlySignal<boolean>;
  /** The user tapped Reload. Refused while a session runs. */
  reload(): boolean;
  /** Looks for a newer version (e.g. when the home screen opens); never during a session. */
  check(): void;
}

export function createUpdateModel(
  updater: AppUpdater,
  isSessionActive: ReadonlySignal<boolean> = sessionActive,
): UpdateModel {
  const isUpdateReady = signal(false);
  updater.onUpdateReady(() => {
    isUpdateReady.value = true;
  });
  const isPromptShown = computed(() => isUpdateReady.value && !isSessionActive.value);
  return {
    isUpdateReady,
    isPromptShown,
    reload() {
      if (!isPromptShown.value) return false;
      updater.activateUpdate();
      return true;
    },
    check() {
      if (isSessionActive.value || isUpdateReady.value) return;
      void updater.checkForUpdate().catch(() => undefined);
    },
  };
}

/** The connected model; undefined where there is no service worker (dev, old browsers). */
export const updates = signal<UpdateModel | undefined>(undefined);

/** main.tsx connects the service worker once it is registered. */
export function connectUpdates(updater: AppUpdater): UpdateModel {
  const model = createUpdateModel(updater);
  updates.value = model;
  return model;
}
