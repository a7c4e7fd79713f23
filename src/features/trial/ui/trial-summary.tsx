import { useEffect } from 'preact/hooks';
import { formatDuration } from '../../../i18n/durations';
import { t, tCount } from '../../../i18n/i18n';
import { usePageTitle } from '../../../shared/ui/page-title';
import { localMoment } from '../../../shared/core/local-moment';
import { pressedPointNames, SummaryText } from '../../journal/ui';
import { summaryFiguresOf } from '../core/summary';
import { useApp, useLazyModel } from '../../../app-context';
import { AnswerView, CannotTell, HaltView, PauseView } from './answer-view';
import { DaysTable } from './days-table';
import { formatDayKey, formatMinutes } from './format';
import { isStoppedEarly, stoppedDay } from './trial-screen';
import './trial.css';

/**
 * /trial/summary: one printed page (A4 or Letter) for a clinician: the trial's dates, routine,
 * days and answer, and the journal's own summary. Nothing leaves the device unless printed.
 */
export function TrialSummary() {
  usePageTitle(t('trial.summary.title'));
  const app = useApp();
  const model = useLazyModel(app.trial);
  const journal = useLazyModel(app.journal);
  useEffect(() => {
    void model.load();
    void journal.load();
  }, [model, journal]);
  const trial = model.trial.value;
  const answer = model.answer.value;
  if (!trial || !answer) {
    // Still loading, or nothing to sum up yet (no trial, or one that has not begun).
    const isLoading = model.status.value === 'idle' || model.status.value === 'loading';
    return (
      <article class="trial-sheet printable">
        <h1>{t('trial.summary.title')}</h1>
        <p role="status">{t(isLoading ? 'trial.loading' : 'trial.summary.none')}</p>
        <p>
          <a href="/trial">← {t('trial.summary.back')}</a>
        </p>
      </article>
    );
  }
  const figures = summaryFiguresOf(
    trial,
    model.ratings.value,
    model.sessions.value,
    (epochMs) => {
      const moment = localMoment(new Date(epochMs));
      return { dayKey: moment.dateKey, minutesOfDay: moment.minutesOfDay };
    },
    model.lastDayIndex.value ?? trial.days.length - 1,
  );
  const routine = figures.routine;
  const todayIndex = model.today.value?.dayIndex;
  return (
    <article class="trial-sheet printable">
      <div class="trial-sheet-screen screen-only">
        <p>
          <a href="/trial">← {t('trial.summary.back')}</a>
        </p>
        <p>{t('trial.summary.hint')}</p>
        <button type="button" class="primary" onClick={() => window.print()}>
          {t('trial.summary.print')}
        </button>
      </div>
      <h1>{t('trial.summary.title')}</h1>
      <div class="trial-sheet-columns">
        <div>
          <h2>{t('trial.summary.trial')}</h2>
          <p>
            {t('trial.summary.dates', {
              start: formatDayKey(figures.firstDayKey),
              end: formatDayKey(figures.lastDayKey),
              first: formatMinutes(trial.ratingMinutes[0]),
              second: formatMinutes(trial.ratingMinutes[1]),
            })}
          </p>
          {answer.measure === 'turn' && <p>{t('trial.summary.measureTurn')}</p>}
          <p>
            {routine
              ? t('trial.summary.routine', {
                  points: pressedPointNames(routine),
                  hold: formatDuration(routine.holdMs),
                })
              : t('trial.summary.noRoutine')}
          </p>
          {trial.end !== undefined && trial.end !== 'finished' && (
            <p>
              <strong>
                {t(trial.end === 'stop-rule' ? 'trial.haltedOn' : 'trial.stopped', {
                  day: stoppedDay(trial),
                  total: trial.days.length,
                })}
              </strong>
            </p>
          )}
          <p>{tCount('trial.summary.ratings', figures.ratingsInTrial)}</p>
          {trial.end === undefined && trial.pausedFor !== undefined && (
            <PauseView reason={trial.pausedFor} />
          )}
          {trial.end === 'stop-rule' ? (
            <HaltView reasons={trial.stopReasons ?? []} withFlags={false} />
          ) : trial.end !== undefined ? (
            <AnswerView answer={answer} isEarly={isStoppedEarly(trial)} />
          ) : null}
          <CannotTell adherence={figures.adherence} />
          <h2>{t('trial.summary.journal')}</h2>
          <p>{tCount('trial.summary.sessions', figures.sessionCount)}</p>
          <SummaryText summary={figures.journal} />
        </div>
        <DaysTable
          trial={trial}
          analysis={answer.measure === 'turn' ? answer.analysis : figures.analysis}
          measure={answer.measure}
          {...(todayIndex === undefined ? {} : { todayIndex })}
          lastDayIndex={trial.end === undefined ? trial.days.length - 1 : stoppedDay(trial) - 1}
          hideMeans={trial.end === undefined}
        />
      </div>
    </article>
  );
}
