import { signal, type ReadonlySignal } from '@preact/signals';
import { isReminderDue } from '../core/reminder';
import { localMoment, weekdays, type ReminderPlan } from '../../../shared/core/local-moment';
import type { PageShown, Repeater, SettingsStore } from '../../../shared/ports';

export const reminderPlanKey = 'journal.reminder';
export const lastSessionDayKey = 'journal.lastSessionDay';
const dismissedKey = 'journal.reminderDismissed';

const isWholeIn = (value: unknown, min: number, max: number): value is number =>
  typeof value === 'number' && Number.isInteger(value) && value >= min && value <= max;

/**
 * A remembered plan: at least one weekday, a time of day. Anything else is no plan. Read by
 * hand, not with a schema library: this is on the first screen, which stays small (the size budget in bench/size.mjs).
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

export interface RemindersDeps {
  readonly settings: SettingsStore;
  /** Epoch milliseconds now: what `watch` looks at. */
  readonly now: () => number;
  readonly repeater: Repeater;
  readonly page: PageShown;
}

/** How often a shown page looks whether the reminder is due. */
export const checkEveryMs = 60_000;

export interface Reminders {
  readonly plan: ReadonlySignal<ReminderPlan | undefined>;
  readonly isDue: ReadonlySignal<boolean>;
  setPlan(plan: ReminderPlan | undefined): void;
  /** Re-evaluates the in-app reminder at this moment (epoch milliseconds). */
  check(nowMs: number): void;
  /**
   * Looks whether the reminder is due now, every minute and whenever the page is shown again,
   * until the returned function stops it (the reminder's note watches while it is on the page).
   */
  watch(): () => void;
  dismiss(nowMs: number): void;
  /** Remembers that a session was saved today (so today's reminder stays quiet). */
  noteSession(nowMs: number): void;
}

export function createReminders(deps: RemindersDeps): Reminders {
  const { settings } = deps;
  const plan = signal<ReminderPlan | undefined>(readPlan(settings));
  const isDue = signal(false);
  const check = (nowMs: number) => {
    isDue.value = isReminderDue(
      plan.value,
      localMoment(new Date(nowMs)),
      settings.read<string>(lastSessionDayKey),
      settings.read<string>(dismissedKey),
    );
  };
  const checkNow = () => check(deps.now());
  return {
    plan,
    isDue,
    setPlan(next) {
      plan.value = next;
      if (next) settings.write(reminderPlanKey, next);
      else settings.remove(reminderPlanKey);
    },
    check,
    watch() {
      checkNow();
      const stopTimer = deps.repeater.every(checkEveryMs, checkNow);
      const stopShown = deps.page.onShown(checkNow);
      return () => {
        stopTimer();
        stopShown();
      };
    },
    dismiss(nowMs) {
      settings.write(dismissedKey, localMoment(new Date(nowMs)).dateKey);
      check(nowMs);
    },
    noteSession(nowMs) {
      settings.write(lastSessionDayKey, localMoment(new Date(nowMs)).dateKey);
      check(nowMs);
    },
  };
}
