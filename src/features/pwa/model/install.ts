import type { InstallPrompter } from '../ports';
import { computed, effect, signal, type ReadonlySignal } from '@preact/signals';
import type { SettingsStore } from '../../../shared/ports';

/**
 * The install hint: after the user's first finished session (never before), the home screen
 * suggests keeping Acupress on the home screen, with the browser's own install dialog where
 * the browser offers one and short instructions where it does not.
 */

/** What the install model needs from the browser: src/platform/install-prompt.ts in the app. */
export const finishedSessionKey = 'pwa.hasFinishedSession';
export const hintDismissedKey = 'pwa.isInstallHintDismissed';

export interface InstallModel {
  readonly isHintShown: ReadonlySignal<boolean>;
  /** The browser has its own install dialog to offer (else the hint shows instructions). */
  readonly isInstallable: ReadonlySignal<boolean>;
  install(): Promise<void>;
  dismiss(): void;
  /** Stops following the session. */
  dispose(): void;
}

export function createInstallModel(
  prompter: InstallPrompter,
  settings: SettingsStore,
  /** True once the session on this page has finished (the app passes the session's state). */
  isSessionFinished: ReadonlySignal<boolean>,
): InstallModel {
  const hasFinishedSession = signal(settings.read<boolean>(finishedSessionKey) === true);
  const isDismissed = signal(settings.read<boolean>(hintDismissedKey) === true);
  const isInstalled = signal(prompter.isInstalled());
  const isInstallable = signal(false);

  const stopFollowing = effect(() => {
    if (!isSessionFinished.value || hasFinishedSession.peek()) return;
    hasFinishedSession.value = true;
    settings.write(finishedSessionKey, true);
  });
  prompter.onInstallableChange((value) => {
    isInstallable.value = value;
  });
  prompter.onInstalled(() => {
    isInstalled.value = true;
  });

  return {
    isHintShown: computed(
      () => hasFinishedSession.value && !isDismissed.value && !isInstalled.value,
    ),
    isInstallable,
    async install() {
      const outcome = await prompter.promptInstall();
      if (outcome === 'accepted') isInstalled.value = true;
    },
    dismiss() {
      isDismissed.value = true;
      settings.write(hintDismissedKey, true);
    },
    dispose: stopFollowing,
  };
}
