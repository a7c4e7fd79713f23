import type { enJournal } from './en-journal';

/** Simplified Chinese messages of the journal feature, translated from en-journal.ts. */
export const zhHansJournal: Partial<Record<keyof typeof enJournal, string>> = {};
