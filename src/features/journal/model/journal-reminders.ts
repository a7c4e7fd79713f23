import { signal, type ReadonlySignal } from '@preact/signals';
import * as v from 'valibot';
import { isReminderDue } from '../core/reminder';
import { weekdays, type ReminderPlan, localMoment } from '../../../shared/core/local-moment';
import type { SettingsStore } from '../../../shared/ports';

export const reminderPlanKey = 'journal.reminder';
export const lastSessionDayKey = 'journal.lastSessionDay';
const dismissedKey = 'journal.reminderDismissed';

const wholeIn = (min: number, max: number) =>
  v.pipe(v.number(), v.integer(), v.minValue(min), v.maxValue(max));

/** A remembered plan: at least one weekday, a time of day. Anything else is no plan. */
const planSchema = v.object({
  days: v.pipe(v.array(v.picklist(weekdays)), v.minLength(1)),
  hour: wholeIn(0, 23),
  minute: wholeIn(0, 59),
});

function readPlan(settings: SettingsStore): ReminderPlan | undefined {
  const stored = v.safeParse(planSchema, settings.read<unknown>(reminderPlanKey));
  return stored.success ? stored.output : undefined;
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
