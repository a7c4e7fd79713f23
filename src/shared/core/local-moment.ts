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

/** The local weekday, date and minute of a Date (the browser's time zone). */
export function localMoment(date: Date): LocalMoment {
  const dateKey = `${date.getFullYear()}-${String(date.getMonth() + 1).padStart(2, '0')}-${String(date.getDate()).padStart(2, '0')}`;
  return {
    weekday: weekdays[date.getDay()]!,
    dateKey,
    minutesOfDay: date.getHours() * 60 + date.getMinutes(),
  };
}
