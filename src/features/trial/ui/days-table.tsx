import { t } from '../../../i18n/i18n';
import type { TrialAnalysis } from '../core/analysis';
import type { TrialMeasure, TrialRecord } from '../../../domain/records/trial-record';
import { formatDayKey, formatPoints } from './format';

/** Every day of the trial: its kind, how many ratings, their average; missing days say so. */
export function DaysTable({
  trial,
  analysis,
  todayIndex,
  lastDayIndex = trial.days.length - 1,
  hideMeans = false,
  measure = 'pain',
}: {
  readonly trial: TrialRecord;
  readonly analysis: TrialAnalysis;
  /** This day and those after it are "not yet" until rated; by default every day has passed. */
  readonly todayIndex?: number;
  /** A trial that ended early shows its days up to this one only. */
  readonly lastDayIndex?: number;
  /** While the trial runs: counts only, no day means (no peeking; clinical.md's trial rules). */
  readonly hideMeans?: boolean;
  /** A turn trial counts its turn tests and shows each day's degrees (left and right added). */
  readonly measure?: TrialMeasure;
}) {
  const isTurn = measure === 'turn';
  // Today is not missing while it lasts; a day after today is not yet.
  const firstNotYet = todayIndex ?? trial.days.length;
  return (
    <section aria-labelledby="trial-days-title">
      <h2 id="trial-days-title">{t('trial.days.title')}</h2>
      {hideMeans && <p class="quiet">{t('trial.days.hidden')}</p>}
      <table class="trial-days">
        <thead>
          <tr>
            <th scope="col">{t('trial.days.date')}</th>
            <th scope="col">{t('trial.days.kind')}</th>
            <th scope="col">{t(isTurn ? 'trial.days.turnTests' : 'trial.days.ratings')}</th>
            <th scope="col">{t(isTurn ? 'trial.days.turnNotes' : 'trial.days.notes')}</th>
            {!hideMeans && <th scope="col">{t(isTurn ? 'trial.days.turn' : 'trial.days.pain')}</th>}
          </tr>
        </thead>
        <tbody>
          {analysis.days.slice(0, lastDayIndex + 1).map((day) => (
            <tr key={day.dayIndex} class={day.dayIndex % 2 === 1 ? 'block-end' : undefined}>
              <th scope="row">{formatDayKey(day.dayKey, 'medium')}</th>
              <td>{t(`trial.today.${day.kind}`)}</td>
              <td>{day.ratingCount}</td>
              <td>{day.noteCount}</td>
              {!hideMeans && (
                <td>
                  {day.meanValue !== undefined
                    ? isTurn
                      ? t('trial.turn.degrees', { n: formatPoints(day.meanValue) })
                      : formatPoints(day.meanValue)
                    : day.dayIndex >= firstNotYet
                      ? t('trial.days.notYet')
                      : t('trial.days.missing')}
                </td>
              )}
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  );
}
