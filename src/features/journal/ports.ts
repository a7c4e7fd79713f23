import type { JournalEntry, JournalExtras } from './core/format';
import type { TrialStore } from '../trial';
import type { SpotStore } from '../spots';
import type { TrendRow } from './core/stats';

/** What the history screen opens with: every session's trend row, and the latest sessions. */
export interface JournalOverview {
  /** Oldest first. */
  readonly rows: TrendRow[];
  /** Newest first. */
  readonly latest: JournalEntry[];
}

/**
 * Where journal entries live (IndexedDB through Dexie in the browser; a fake in tests), with
 * the records beside them (JournalExtras: issue 18's quick ratings and trials, issue 17's spot marks).
 */
export interface JournalStore extends TrialStore, SpotStore {
  /** Every entry, oldest first. */
  all(): Promise<JournalEntry[]>;
  /** Every trend row and the latest `latestCount` entries, read in one transaction. */
  overview(latestCount: number): Promise<JournalOverview>;
  /** The latest `count` entries, newest first. */
  latest(count: number): Promise<JournalEntry[]>;
  /** Saves one entry; resolves only once the write is durable (strict durability). */
  put(entry: JournalEntry): Promise<void>;
  /** Saves many entries in one transaction: all of them or none. */
  putMany(entries: readonly JournalEntry[]): Promise<void>;
  /**
   * Adds the entries (and extras) whose id is not stored yet, in one transaction (all or none);
   * those with a stored id are skipped. Resolves with how many sessions were added.
   */
  addNew(entries: readonly JournalEntry[], extras?: JournalExtras): Promise<number>;
  /** Every record beside the sessions (for export). */
  extras(): Promise<JournalExtras>;
  /** Removes the store's whole database. */
  destroy(): Promise<void>;
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
