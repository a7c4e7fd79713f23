import { useComputed, useSignal } from '@preact/signals';
import { useEffect } from 'preact/hooks';
import { t } from '../../../i18n/i18n';
import { useApp, useLazyModel } from '../../../app-context';
import {
  chartSeries,
  summarizeJournal,
  tallyPoints,
  type TrendRow,
} from '../../../domain/records/entry-stats';
import { DataSettings } from './data-settings';
import { usePageTitle } from '../../../shared/ui/page-title';
import {
  PointTallies,
  SessionCount,
  SessionList,
  SessionTable,
  SummaryText,
} from './history-views';
import { ReminderSettings } from './reminder-settings';
import { TrialHistoryLink } from './trial-link';
import { TurnChart, TurnHistoryLink, TurnSessionLine } from '../../turn/ui';
import { SpotJournalLines } from '../../spots/ui';
import { TrendChart } from './trend-chart';
import { BackupNudge } from './backup-nudge';
import { OtherCopyNote } from './other-copy';

const hasReading = (row: TrendRow) =>
  row.painBefore !== null ||
  row.painAfter !== null ||
  row.stiffnessBefore !== null ||
  row.stiffnessAfter !== null;

/** /history: summary, trend chart, sessions as a list or a table, points, data and reminders. */
export function HistoryScreen() {
  usePageTitle(t('journal.history.title'));
  const journal = useLazyModel(useApp().journal);
  const view = useSignal<'list' | 'table'>('list');
  // What the chart shows: the 0–10 ratings, or the turn test's degrees.
  const measure = useSignal<'ratings' | 'degrees'>('ratings');
  useEffect(() => {
    void journal.load();
  }, [journal]);

  const rows = journal.rows;
  const summary = useComputed(() => summarizeJournal(rows.value));
  const series = useComputed(() => chartSeries(rows.value));
  const tallies = useComputed(() => tallyPoints(rows.value));
  const unsavedIds = useComputed(() => new Set(journal.unsaved.value.map((entry) => entry.id)));
  const withReadings = useComputed(() => {
    let found = 0;
    for (const row of rows.value) {
      if (hasReading(row)) found += 1;
      if (found >= 2) break;
    }
    return found;
  });
  const status = journal.status.value;
  const total = rows.value.length;
  const visible = journal.recent.value;

  return (
    <section class="history">
      <h1>{t('journal.history.title')}</h1>
      <p>{t('journal.history.intro')}</p>
      <BackupNudge />
      {status === 'failed' && (
        <p class="alert" role="alert">
          {t('journal.error.load')}
        </p>
      )}
      {(status === 'loading' || status === 'idle') && total === 0 ? (
        <p role="status">{t('journal.history.loading')}</p>
      ) : total === 0 ? (
        <div class="note">
          <p>{t('journal.history.empty')}</p>
          <p>
            <a class="button primary" href="/session">
              {t('journal.history.start')}
            </a>
          </p>
          <OtherCopyNote journal={journal} />
        </div>
      ) : (
        <>
          <h2>{t('journal.summary.title')}</h2>
          <SummaryText summary={summary.value} />
          <h2>{t('journal.chart.title')}</h2>
          <p class="button-row" role="group" aria-label={t('journal.chart.measure')}>
            <button
              type="button"
              aria-pressed={measure.value === 'ratings'}
              onClick={() => (measure.value = 'ratings')}
            >
              {t('journal.chart.ratings')}
            </button>
            <button
              type="button"
              aria-pressed={measure.value === 'degrees'}
              onClick={() => (measure.value = 'degrees')}
            >
              {t('journal.chart.degrees')}
            </button>
          </p>
          {measure.value === 'degrees' ? (
            <TurnChart />
          ) : withReadings.value >= 2 ? (
            <TrendChart series={series.value} />
          ) : (
            <p class="quiet">{t('journal.chart.needsTwo')}</p>
          )}
          <h2>{t('journal.history.sessions')}</h2>
          <SessionCount count={total} />
          <p class="button-row">
            <button
              type="button"
              aria-pressed={view.value === 'list'}
              onClick={() => (view.value = 'list')}
            >
              {t('journal.history.showList')}
            </button>
            <button
              type="button"
              aria-pressed={view.value === 'table'}
              onClick={() => (view.value = 'table')}
            >
              {t('journal.history.showTable')}
            </button>
          </p>
          {view.value === 'list' ? (
            <SessionList
              entries={visible}
              unsavedIds={unsavedIds.value}
              extraLine={(entry) => <TurnSessionLine sessionId={entry.id} />}
            />
          ) : (
            <SessionTable entries={visible} />
          )}
          {total > visible.length && (
            <p>
              <span class="quiet">
                {t('journal.history.shown', { shown: visible.length, total })}
              </span>{' '}
              <button type="button" onClick={() => void journal.showMore()}>
                {t('journal.history.more')}
              </button>
            </p>
          )}
          <h2>{t('journal.points.title')}</h2>
          <PointTallies tallies={tallies.value} />
        </>
      )}
      <SpotJournalLines />
      <TrialHistoryLink />
      <TurnHistoryLink />
      <ReminderSettings />
      <DataSettings />
    </section>
  );
}
