/** English messages owned by the journal feature. Keys start with "journal.". */
export const enJournal = {} as const;
