import type { JournalEntry } from '../../domain/records/session-entry';
import type { TrialStore } from '../../domain/records/store';

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
