import { signal, type ReadonlySignal } from '@preact/signals';
import { isReminderDue, weekdays, type LocalMoment, type ReminderPlan } from '../core/reminder';
import type { SettingsStore } from '../../../shared/ports';

export const reminderPlanKey = 'journal.reminder';
export const lastSessionDayKey = 'journal.lastSessionDay';
const dismissedKey = 'journal.reminderDismissed';

/** The local weekday, date and minute of a Date (the browser's time zone). */
export function localMoment(date: Date): LocalMoment {
  const dateKey = `${date.getFullYear()}-${String(date.getMonth() + 1).padStart(2, '0')}-${String(date.getDate()).padStart(2, '0')}`;
  return {
    weekday: weekdays[date.getDay()]!,
    dateKey,
    minutesOfDay: date.getHours() * 60 + date.getMinutes(),
  };
}

const isWholeIn = (value: unknown, min: number, max: number): value is number =>
  typeof value === 'number' && Number.isInteger(value) && value >= min && value <= max;

/**
 * A remembered plan: at least one weekday, a time of day. Anything else is no plan. Read by
 * hand, not with a schema library: this is on the first screen, which stays small (issue 28).
 */
export function readPlan(settings: SettingsStore): ReminderPlan | undefined {
  const stored = settings.read<unknown>(reminderPlanKey);
  if (typeof stored !== 'object' || stored === null) return undefined;
  const { days, hour, minute } = stored as Record<string, unknown>;
  const isDayList =
    Array.isArray(days) &&
    days.length > 0 &&
    days.every((day) => (weekdays as readonly unknown[]).includes(day));
  if (!isDayList || !isWholeIn(hour, 0, 23) || !isWholeIn(minute, 0, 59)) return undefined;
  return { days: days as ReminderPlan['days'], hour, minute };
}

export interface Reminders {
  readonly plan: ReadonlySignal<ReminderPlan | undefined>;
  readonly isDue: ReadonlySignal<boolean>;
  setPlan(plan: ReminderPlan | undefined): void;
  /** Re-evaluates the in-app reminder at this moment. */
  check(now: Date): void;
  dismiss(now: Date): void;
  /** Remembers that a session was saved today (so today's reminder stays quiet). */
  noteSession(now: Date): void;
}

export function createReminders(settings: SettingsStore): Reminders {
  const plan = signal<ReminderPlan | undefined>(readPlan(settings));
  const isDue = signal(false);
  const check = (now: Date) => {
    isDue.value = isReminderDue(
      plan.value,
      localMoment(now),
      settings.read<string>(lastSessionDayKey),
      settings.read<string>(dismissedKey),
    );
  };
  return {
    plan,
    isDue,
    setPlan(next) {
      plan.value = next;
      if (next) settings.write(reminderPlanKey, next);
      else settings.remove(reminderPlanKey);
    },
    check,
    dismiss(now) {
      settings.write(dismissedKey, localMoment(now).dateKey);
      check(now);
    },
    noteSession(now) {
      settings.write(lastSessionDayKey, localMoment(now).dateKey);
      check(now);
    },
  };
}
