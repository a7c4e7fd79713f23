/** What other features may use of journal: its rules, data and models. Its screens load through routes. */
export { buildReminderIcs } from './core/ics';
export { weekdays } from './core/reminder';
export { createReminders, localMoment } from './model/journal-reminders';
export type { Reminders } from './model/journal-reminders';
export { createJournal, entryFromRecord } from './model/journal';
export type { Journal, JournalProblem } from './model/journal';
export type { JournalPlatform } from './ports';
