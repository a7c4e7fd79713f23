import type { JournalEntry, JournalStep, Readings } from '../../../domain/records/session-entry';

/** The journal's readings type: the session asks the same two questions before it starts. */
export type { Readings };

/** How each step of the plan ended: the journal keeps the same record. */
export type StepOutcome = JournalStep;

/**
 * What a finished (or ended) session hands to the journal: its entry before the after-session
 * questions (readings after, tender and right points, note), which the journal feature asks.
 */
export type SessionRecord = Omit<JournalEntry, 'after' | 'tenderPoints' | 'rightPoints' | 'note'>;
