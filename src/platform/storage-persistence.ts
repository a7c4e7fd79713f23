import type { StoragePersistence } from '../features/journal/ports';

/**
 * navigator.storage.persist() and persisted(): whether the browser keeps the site's storage
 * (the journal, the trial, the spots) when space runs low, rather than clearing it unasked.
 * Chromium answers at once from its own signals (an installed app is usually kept); Firefox may
 * ask the person; Safari keeps Home Screen web apps' storage. Where the API is missing (older
 * browsers) or throws, the answer is undefined: the browser does not say.
 */
export function createStoragePersistence(
  storage: StorageManager | undefined = globalThis.navigator?.storage,
): StoragePersistence {
  const ask = async (call: (manager: StorageManager) => Promise<boolean>) => {
    if (typeof storage?.persist !== 'function' || typeof storage.persisted !== 'function') {
      return undefined;
    }
    try {
      return await call(storage);
    } catch {
      return undefined;
    }
  };
  return {
    isPersisted: () => ask((manager) => manager.persisted()),
    persist: () => ask((manager) => manager.persist()),
  };
}
