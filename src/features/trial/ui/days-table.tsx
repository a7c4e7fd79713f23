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
  const heads = {
    kind: t('trial.days.kind'),
    count: t(isTurn ? 'trial.days.turnTests' : 'trial.days.ratings'),
    notes: t(isTurn ? 'trial.days.turnNotes' : 'trial.days.notes'),
    mean: t(isTurn ? 'trial.days.turn' : 'trial.days.pain'),
  };
  // On a phone each day is a card of labelled lines (trial.css), its column headers hidden:
  // the roles keep it a table for screen readers, which some browsers drop with the table's
  // display, and each cell's label is drawn from data-label.
  return (
    <section aria-labelledby="trial-days-title">
      <h2 id="trial-days-title">{t('trial.days.title')}</h2>
      {hideMeans && <p class="quiet">{t('trial.days.hidden')}</p>}
      <table class="trial-days" role="table">
        <thead role="rowgroup">
          <tr role="row">
            <th scope="col" role="columnheader">
              {t('trial.days.date')}
            </th>
            <th scope="col" role="columnheader">
              {heads.kind}
            </th>
            <th scope="col" role="columnheader">
              {heads.count}
            </th>
            <th scope="col" role="columnheader">
              {heads.notes}
            </th>
            {!hideMeans && (
              <th scope="col" role="columnheader">
                {heads.mean}
              </th>
            )}
          </tr>
        </thead>
        <tbody role="rowgroup">
          {analysis.days.slice(0, lastDayIndex + 1).map((day) => (
            <tr
              key={day.dayIndex}
              role="row"
              class={day.dayIndex % 2 === 1 ? 'block-end' : undefined}
            >
              <th scope="row" role="rowheader">
                {formatDayKey(day.dayKey, 'medium')}
              </th>
              <td role="cell" data-label={heads.kind}>
                {t(`trial.today.${day.kind}`)}
              </td>
              <td role="cell" data-label={heads.count}>
                {day.ratingCount}
              </td>
              <td role="cell" data-label={heads.notes}>
                {day.noteCount}
              </td>
              {!hideMeans && (
                <td role="cell" data-label={heads.mean}>
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
