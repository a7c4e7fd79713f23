/** RFC 5545 weekday codes, Sunday first (the order of Date#getDay). */
export const weekdays = ['SU', 'MO', 'TU', 'WE', 'TH', 'FR', 'SA'] as const;
export type Weekday = (typeof weekdays)[number];

/** A weekly reminder: the chosen weekdays at a local time of day. */
export interface ReminderPlan {
  readonly days: readonly Weekday[];
  readonly hour: number;
  readonly minute: number;
}

/** The person's local clock, read by the caller (core/ takes time as an argument). */
export interface LocalMoment {
  readonly weekday: Weekday;
  /** "2026-11-25", local. */
  readonly dateKey: string;
  readonly minutesOfDay: number;
}

/**
 * A gentle in-app reminder shows on a chosen day once the chosen time has passed, unless a
 * session was already saved that day or the person dismissed today's reminder.
 */
export function isReminderDue(
  plan: ReminderPlan | undefined,
  now: LocalMoment,
  lastSessionDateKey: string | undefined,
  dismissedDateKey: string | undefined,
): boolean {
  if (!plan || !plan.days.includes(now.weekday)) return false;
  if (now.minutesOfDay < plan.hour * 60 + plan.minute) return false;
  return lastSessionDateKey !== now.dateKey && dismissedDateKey !== now.dateKey;
}
