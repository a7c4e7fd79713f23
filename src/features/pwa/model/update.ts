import type { AppUpdater } from '../ports';
import { computed, signal, type ReadonlySignal } from '@preact/signals';

/**
 * The app's own updates. A new version (a new service worker) installs in the background and
 * waits; the home screen offers "A new version is ready — Reload", never during a session, and
 * the page reloads only when the user taps it.
 */

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
  isSessionActive: ReadonlySignal<boolean>,
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
