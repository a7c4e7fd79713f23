import type { AppUpdater } from '../features/pwa/ports';
import { trustedScriptUrl } from './trusted-types';

/**
 * Registers the service worker that vite-plugin-pwa generates (sw.js, Workbox precache) and
 * exposes its update cycle as an AppUpdater. The script URL goes through the Trusted Types
 * policy: the CSP's require-trusted-types-for refuses a plain string here.
 *
 * A new version installs and then waits (the worker does not skip waiting on its own). It takes
 * over only when the user taps Reload: we post SKIP_WAITING (the message Workbox's generated
 * worker listens for) and reload once the new worker controls the page.
 */
export async function registerServiceWorker(scriptUrl = '/sw.js'): Promise<AppUpdater | undefined> {
  if (!('serviceWorker' in navigator)) return undefined;
  const container = navigator.serviceWorker;
  const registration = await container.register(trustedScriptUrl(scriptUrl), { scope: '/' });

  const listeners: (() => void)[] = [];
  // An update is a waiting worker while an older one controls the page; the very first
  // install has no controller and is not an update.
  const isUpdateWaiting = () => Boolean(registration.waiting && container.controller);
  const notifyIfWaiting = () => {
    if (isUpdateWaiting()) for (const listener of listeners) listener();
  };
  registration.addEventListener('updatefound', () => {
    const worker = registration.installing;
    worker?.addEventListener('statechange', () => {
      if (worker.state === 'installed') notifyIfWaiting();
    });
  });

  return {
    onUpdateReady(listener) {
      listeners.push(listener);
      if (isUpdateWaiting()) listener();
    },
    async checkForUpdate() {
      // Offline there is nothing to find, and a failed check only logs noise.
      if (!navigator.onLine) return;
      await registration.update();
    },
    activateUpdate() {
      const waiting = registration.waiting;
      if (!waiting) return;
      let isReloading = false;
      container.addEventListener('controllerchange', () => {
        if (isReloading) return;
        isReloading = true;
        location.reload();
      });
      waiting.postMessage({ type: 'SKIP_WAITING' });
    },
  };
}
