import {
  civilFromDays,
  daysFromCivil,
  isoFromEpochMs,
  type CivilDate,
} from '../../domain/civil-date';
import { weekdays, type ReminderPlan, type Weekday } from './local-moment';

/**
 * The weekly reminder's calendar file (RFC 5545), which the journal's reminders and the
 * personal trial's rating times both offer.
 */

export interface IcsInput {
  readonly plan: ReminderPlan;
  /** The person's local date today: the first reminder is on or after it. */
  readonly today: CivilDate;
  readonly uid: string;
  readonly nowEpochMs: number;
  readonly summary: string;
  readonly description: string;
}

export function weekdayOf(date: CivilDate): Weekday {
  // 1970-01-01 was a Thursday.
  return weekdays[(((daysFromCivil(date) + 4) % 7) + 7) % 7]!;
}

/** The first date on or after `from` that falls on one of `days`. */
export function firstReminderDate(from: CivilDate, days: readonly Weekday[]): CivilDate {
  const start = daysFromCivil(from);
  for (let offset = 0; offset < 7; offset += 1) {
    const date = civilFromDays(start + offset);
    if (days.includes(weekdayOf(date))) return date;
  }
  throw new Error('A reminder needs at least one day.');
}

/** TEXT value escaping (RFC 5545 §3.3.11). */
export function escapeIcsText(text: string): string {
  return text
    .replace(/\\/g, '\\\\')
    .replace(/;/g, '\\;')
    .replace(/,/g, '\\,')
    .replace(/\r\n|\r|\n/g, '\\n');
}

const encoder = new TextEncoder();

/** Folds a content line at 75 octets (RFC 5545 §3.1), never inside a character. */
export function foldIcsLine(line: string): string {
  const parts: string[] = [];
  let current = '';
  let octets = 0;
  for (const char of line) {
    const size = encoder.encode(char).length;
    const limit = parts.length === 0 ? 75 : 74; // continuation lines start with a space
    if (octets + size > limit) {
      parts.push(current);
      current = '';
      octets = 0;
    }
    current += char;
    octets += size;
  }
  parts.push(current);
  return parts.join('\r\n ');
}

const pad = (value: number, width = 2) => String(value).padStart(width, '0');

/** A calendar file with one weekly repeating event at the chosen local time. */
export function buildReminderIcs(input: IcsInput): string {
  const { plan } = input;
  if (plan.days.length === 0) throw new Error('A reminder needs at least one day.');
  if (plan.hour < 0 || plan.hour > 23 || plan.minute < 0 || plan.minute > 59) {
    throw new Error('A reminder time must be a time of day.');
  }
  const first = firstReminderDate(input.today, plan.days);
  const byDay = weekdays.filter((day) => plan.days.includes(day)).join(',');
  const stamp = isoFromEpochMs(input.nowEpochMs).replace(/[-:]/g, '').slice(0, 15) + 'Z';
  // Floating local time (no TZID): the reminder stays at the chosen clock time wherever the
  // person is, which is what a daily-routine reminder means.
  const start = `${pad(first.year, 4)}${pad(first.month)}${pad(first.day)}T${pad(plan.hour)}${pad(plan.minute)}00`;
  const lines = [
    'BEGIN:VCALENDAR',
    'VERSION:2.0',
    'PRODID:-//Acupress//Reminders//EN',
    'CALSCALE:GREGORIAN',
    'METHOD:PUBLISH',
    'BEGIN:VEVENT',
    `UID:${input.uid}`,
    `DTSTAMP:${stamp}`,
    `DTSTART:${start}`,
    'DURATION:PT10M',
    `RRULE:FREQ=WEEKLY;BYDAY=${byDay}`,
    `SUMMARY:${escapeIcsText(input.summary)}`,
    `DESCRIPTION:${escapeIcsText(input.description)}`,
    'BEGIN:VALARM',
    'ACTION:DISPLAY',
    'TRIGGER:PT0M',
    `DESCRIPTION:${escapeIcsText(input.summary)}`,
    'END:VALARM',
    'END:VEVENT',
    'END:VCALENDAR',
  ];
  return `${lines.map(foldIcsLine).join('\r\n')}\r\n`;
}

/**
 * The reminder plan's calendar file, its first event on or after `todayKey` (the person's local
 * date, "2026-11-25"); its uid names the plan, so that importing it again updates the event.
 */
export function reminderCalendarFile(
  plan: ReminderPlan,
  todayKey: string,
  nowEpochMs: number,
  texts: { readonly summary: string; readonly description: string },
): string {
  const [year, month, day] = todayKey.split('-').map(Number) as [number, number, number];
  return buildReminderIcs({
    plan,
    today: { year, month, day },
    uid: `reminder-${plan.days.join('')}-${plan.hour}${plan.minute}@acupress.local`,
    nowEpochMs,
    ...texts,
  });
}
