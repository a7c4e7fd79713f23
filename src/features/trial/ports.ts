import type { JournalEntry } from '../journal';
import type { QuickRating, TrialRecord } from './core/records';

/**
 * Where quick ratings and trials live: the journal's database (platform/db.ts implements it,
 * as part of the journal store), so that they export, import and delete with the journal.
 */
export interface TrialStore {
  /** Every quick rating, oldest first. */
  ratings(): Promise<QuickRating[]>;
  /** Every trial, oldest first. */
  trials(): Promise<TrialRecord[]>;
  /** Saves one rating; resolves once the write is durable. */
  putRating(rating: QuickRating): Promise<void>;
  /** Saves (adds or replaces) one trial; resolves once the write is durable. */
  putTrial(trial: TrialRecord): Promise<void>;
}

/** What the trial model needs from the app around it. */
export interface TrialPorts {
  /** The journal's store (loaded on first use). */
  readonly loadStore: () => Promise<TrialStore>;
  /** The journal's sessions, for the stop rule's "any rating of 8 or more". */
  readonly loadSessions: () => Promise<readonly JournalEntry[]>;
  /** Epoch milliseconds now. */
  readonly now: () => number;
  /** The local date key "YYYY-MM-DD" of an instant, in the person's time zone. */
  readonly dayKeyOf: (epochMs: number) => string;
  /** A fresh 32-bit seed for a new trial's plan. */
  readonly newSeed: () => number;
  /** A fresh unique id. */
  readonly newId: () => string;
}
