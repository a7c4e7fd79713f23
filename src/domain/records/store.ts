import type { TrendRow } from './entry-stats';
import type { JournalExtras } from './export-file';
import type { QuickRating } from './quick-rating';
import type { JournalEntry } from './session-entry';
import type { SpotMark } from './spot-mark';
import type { TrialRecord } from './trial-record';
import type { TurnRecord } from './turn-result';
import type { PointId, Side } from '../points';

/**
 * The record store port: where every stored record lives (IndexedDB through Dexie in the
 * browser, platform/db.ts; a fake in tests). The journal owns the database; the trial and the
 * spots each see only their part of it.
 */

/**
 * Why a write or read of the store failed: the disk is full, the browser refused the write, the
 * store could not be read, or it holds as much as the records' limits keep.
 */
export type StoreProblem = 'quota' | 'write' | 'load' | 'full';

/**
 * Where quick ratings and trials live, so that they export, import and delete with the journal;
 * with the turn results, which a turn trial compares.
 */
export interface TrialStore extends TurnStore {
  /** Every quick rating, oldest first. */
  ratings(): Promise<QuickRating[]>;
  /** Every trial, oldest first. */
  trials(): Promise<TrialRecord[]>;
  /** Saves one rating; resolves once the write is durable. */
  putRating(rating: QuickRating): Promise<void>;
  /** Saves (adds or replaces) one trial; resolves once the write is durable. */
  putTrial(trial: TrialRecord): Promise<void>;
}

/** Where spot marks live, so that they export, import and delete with the journal. */
export interface SpotStore {
  /** Every mark, oldest first. */
  spotMarks(): Promise<SpotMark[]>;
  /** Saves one mark; resolves once the write is durable. */
  putSpotMark(mark: SpotMark): Promise<void>;
  /** "Forget my spot": removes every mark of one point and side. */
  forgetSpot(pointId: PointId, side: Side): Promise<void>;
}

/** Where the turn test's results live, so that they export, import and delete with the journal. */
export interface TurnStore {
  /** Every turn result, oldest first. */
  turnResults(): Promise<TurnRecord[]>;
  /** Saves (adds or replaces) one result; resolves once the write is durable. */
  putTurnResult(turn: TurnRecord): Promise<void>;
}

/** What the history screen opens with: every session's trend row, and the latest sessions. */
export interface JournalOverview {
  /** Oldest first. */
  readonly rows: TrendRow[];
  /** Newest first. */
  readonly latest: JournalEntry[];
}

/** Where journal entries live, with the records beside them (JournalExtras). */
export interface JournalStore extends TrialStore, SpotStore, TurnStore {
  /**
   * Opens the store's connection (running any upgrade), reading no record: the first read then
   * does not wait for it.
   */
  open(): Promise<void>;
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
