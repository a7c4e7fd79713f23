import { buildReminderIcs } from '../../../shared/core/ics';
import { weekdays } from '../../../shared/core/local-moment';
import type { TrialRecord } from '../../../domain/records/trial-record';

/**
 * A calendar file for one of the trial's two rating times: the app's own reminder file (daily,
 * at the local time), limited to the trial's days with an RFC 5545 COUNT, so that it stops
 * with the trial.
 */
export function trialReminderIcs(
  trial: Pick<TrialRecord, 'id' | 'startDayKey' | 'days' | 'ratingMinutes'>,
  which: 0 | 1,
  nowEpochMs: number,
  texts: { readonly summary: string; readonly description: string },
): string {
  const minutes = trial.ratingMinutes[which];
  const [year, month, day] = trial.startDayKey.split('-').map(Number) as [number, number, number];
  const ics = buildReminderIcs({
    plan: { days: weekdays, hour: Math.floor(minutes / 60), minute: minutes % 60 },
    today: { year, month, day },
    uid: `trial-${trial.id}-${which}@acupress.local`,
    nowEpochMs,
    ...texts,
  });
  const rule = `RRULE:FREQ=WEEKLY;BYDAY=${weekdays.join(',')}`;
  if (!ics.includes(`${rule}\r\n`)) throw new Error('Unexpected reminder rule.');
  return ics.replace(`${rule}\r\n`, `${rule};COUNT=${trial.days.length}\r\n`);
}
