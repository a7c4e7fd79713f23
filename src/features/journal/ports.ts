import type { JournalStore } from '../../domain/records/store';
import type { JournalEntry } from '../../domain/records/session-entry';
import type { ImportRun, ImportStage } from './core/import-run';

/**
 * Runs a journal import (core/import-run.ts) off the page's thread, against the journal's own
 * database, reporting each stage as it starts.
 */
export interface JournalImporter {
  run(
    file: Blob,
    unsaved: readonly JournalEntry[],
    nowMs: number,
    onStage: (stage: ImportStage) => void,
  ): Promise<{
    readonly run: ImportRun;
    /** The journal as it was before the import, when it held anything. */
    readonly backup: Blob | null;
  }>;
}

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
  readonly importer: JournalImporter;
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
