import type { QuickRating } from '../../../domain/records/quick-rating';
import type { TrialRecord, DayKind } from '../../../domain/records/trial-record';
import { trialDayIndex } from './schedule';

/** Where a running trial stands at one local moment: today's kind, the next rating time. */
export interface TrialToday {
  /** 0-based day of the trial. */
  readonly dayIndex: number;
  readonly kind: DayKind;
  readonly ratingsToday: number;
  /** The next rating time today (minutes after midnight), if one is still ahead. */
  readonly nextRatingMinutes?: number;
  /** Rating times already past today beyond the ratings made today. */
  readonly missedToday: number;
}

/**
 * Today's plan, or undefined outside the trial's days. A rating time counts as missed when it
 * has passed and the day has fewer ratings than the times passed so far: ratings are never
 * invented, and one rating late in the day covers one time, not two.
 */
export function trialTodayOf(
  trial: Pick<TrialRecord, 'startDayKey' | 'days' | 'ratingMinutes'>,
  ratings: readonly QuickRating[],
  dayKey: string,
  minutesOfDay: number,
): TrialToday | undefined {
  const dayIndex = trialDayIndex(trial.startDayKey, dayKey);
  const kind = trial.days[dayIndex];
  if (kind === undefined || dayIndex < 0) return undefined;
  const ratingsToday = ratings.filter((rating) => rating.dayKey === dayKey).length;
  const passed = trial.ratingMinutes.filter((minutes) => minutes <= minutesOfDay).length;
  const next = trial.ratingMinutes.find((minutes) => minutes > minutesOfDay);
  return {
    dayIndex,
    kind,
    ratingsToday,
    ...(next === undefined ? {} : { nextRatingMinutes: next }),
    missedToday: Math.max(0, passed - ratingsToday),
  };
}

/** True once the local day is past the trial's last day. */
export function isTrialOver(trial: Pick<TrialRecord, 'startDayKey' | 'days'>, dayKey: string) {
  return trialDayIndex(trial.startDayKey, dayKey) >= trial.days.length;
}
