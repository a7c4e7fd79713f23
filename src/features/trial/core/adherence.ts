import type { QuickRating } from '../../../domain/records/quick-rating';
import type { TrialRecord } from '../../../domain/records/trial-record';
import { addDays } from './schedule';

/**
 * How closely the plan was followed, from the journal: routine days with a session saved, and
 * comparison days with one ("pressed on 1 comparison day"), up to the trial's last day so far.
 * And the days on which a painkiller was noted, by kind. Shown beside the answer because the
 * person knew which days were routine days: the numbers mean less the further the days strayed
 * from the plan (clinical.md "The personal trial").
 */
export interface Adherence {
  readonly routineDays: number;
  readonly routineDaysDone: number;
  readonly comparisonDays: number;
  readonly comparisonDaysPressed: number;
  readonly painkillerRoutineDays: number;
  readonly painkillerComparisonDays: number;
}

export function adherenceOf(
  trial: Pick<TrialRecord, 'startDayKey' | 'days'>,
  /** The local date key of each journal session. */
  sessionDayKeys: readonly string[],
  /** The trial's ratings (already limited to the time it ran). */
  ratingsInTrial: readonly QuickRating[],
  /** The last day (0-based) to count: the trial's end or today. */
  lastDayIndex: number,
): Adherence {
  const pressed = new Set(sessionDayKeys);
  const painkiller = new Set(
    ratingsInTrial.filter((rating) => rating.tookPainkiller === true).map((r) => r.dayKey),
  );
  const counts = {
    routineDays: 0,
    routineDaysDone: 0,
    comparisonDays: 0,
    comparisonDaysPressed: 0,
    painkillerRoutineDays: 0,
    painkillerComparisonDays: 0,
  };
  trial.days.slice(0, Math.max(0, lastDayIndex + 1)).forEach((kind, index) => {
    const dayKey = addDays(trial.startDayKey, index);
    if (kind === 'routine') {
      counts.routineDays += 1;
      if (pressed.has(dayKey)) counts.routineDaysDone += 1;
      if (painkiller.has(dayKey)) counts.painkillerRoutineDays += 1;
    } else {
      counts.comparisonDays += 1;
      if (pressed.has(dayKey)) counts.comparisonDaysPressed += 1;
      if (painkiller.has(dayKey)) counts.painkillerComparisonDays += 1;
    }
  });
  return counts;
}
