import type { JournalStore } from '../../domain/records/store';

/**
 * Whether the browser keeps the site's storage when space runs low (navigator.storage's
 * persist() and persisted()). Each resolves with undefined where the browser cannot say.
 */
export interface StoragePersistence {
  isPersisted(): Promise<boolean | undefined>;
  /** Asks the browser to keep the storage; resolves with whether it will. */
  persist(): Promise<boolean | undefined>;
}

/** What "delete all data" and keeping the journal need from the browser. */
export interface JournalPlatform {
  readonly store: JournalStore;
  /** Deletes another IndexedDB database by name (the session checkpoints). */
  deleteDatabase(name: string): Promise<void>;
  /** Deletes Cache Storage entries that hold user data (none today; kept for safety). */
  clearUserCaches(): Promise<void>;
  readonly persistence: StoragePersistence;
  /**
   * Whether this page runs as a Home Screen (installed) app. Such an app keeps its storage apart
   * from the same site in a browser tab (on iOS), so the journal lives in one or the other.
   */
  isHomeScreenApp(): boolean;
}
