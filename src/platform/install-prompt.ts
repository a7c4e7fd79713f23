import type { InstallPrompter } from '../features/pwa/ports';

/** Chromium's install prompt event (not in TypeScript's DOM library). */
interface BeforeInstallPromptEvent extends Event {
  prompt(): Promise<void>;
  readonly userChoice: Promise<{ outcome: 'accepted' | 'dismissed' }>;
}

/**
 * The browser's install dialog. Chromium offers it through `beforeinstallprompt`, which we keep
 * for the moment the user asks (after a first session) instead of letting the browser show its
 * own banner at a random time. Safari and Firefox have no such event: the hint explains the menu.
 */
export function createInstallPrompter(target: Window = window): InstallPrompter {
  let deferred: BeforeInstallPromptEvent | undefined;
  const installableListeners: ((isInstallable: boolean) => void)[] = [];
  const installedListeners: (() => void)[] = [];
  const setDeferred = (event: BeforeInstallPromptEvent | undefined) => {
    deferred = event;
    for (const listener of installableListeners) listener(event !== undefined);
  };

  target.addEventListener('beforeinstallprompt', (event) => {
    event.preventDefault();
    setDeferred(event as BeforeInstallPromptEvent);
  });
  target.addEventListener('appinstalled', () => {
    setDeferred(undefined);
    for (const listener of installedListeners) listener();
  });

  return {
    onInstallableChange(listener) {
      installableListeners.push(listener);
      listener(deferred !== undefined);
    },
    onInstalled(listener) {
      installedListeners.push(listener);
    },
    isInstalled() {
      const standalone = (target.navigator as { standalone?: boolean }).standalone === true;
      return standalone || target.matchMedia('(display-mode: standalone)').matches;
    },
    async promptInstall() {
      const event = deferred;
      if (!event) return 'unavailable';
      // The event can prompt only once.
      setDeferred(undefined);
      await event.prompt();
      return (await event.userChoice).outcome;
    },
  };
}
