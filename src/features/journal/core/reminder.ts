import type { ReminderPlan, LocalMoment } from '../../../shared/core/local-moment';

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
