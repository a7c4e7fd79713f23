import type { enJournal } from './en-journal';

/** Spanish messages of the journal feature, translated from en-journal.ts. */
export const esJournal: Partial<Record<keyof typeof enJournal, string>> = {};
