/** What other features may use of journal: its rules, data and models. Its screens load through routes. */
export { createReminders } from './model/journal-reminders';
export type { Reminders } from './model/journal-reminders';
export { createJournal, entryFromRecord } from './model/journal';
export type { Journal, JournalProblem } from './model/journal';
export type { JournalPlatform } from './ports';
