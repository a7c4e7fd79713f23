import { useSignal } from '@preact/signals';
import { useEffect, useRef } from 'preact/hooks';
import { useLocation } from 'preact-iso';
import { t, tCount } from '../../../i18n/i18n';
import { usePageTitle } from '../../../shared/ui/page-title';
import { downloadText } from '../../../shared/ui/download';
import { localMoment } from '../../../shared/core/local-moment';
import {
  addDays,
  blockCountOf,
  trialDayIndex,
  trialWeeksOptions,
  type TrialWeeks,
} from '../core/schedule';
import { minRatingGapMinutes, scheduledOf } from '../core/analysis';
import { trialGateStep } from '../core/gate';
import { trialReminderIcs } from '../core/reminders';
import {
  measureOf,
  type TrialMeasure,
  type TrialRecord,
} from '../../../domain/records/trial-record';
import type { TurnRecord } from '../../../domain/records/turn-result';
import { TrialTurnTest, useTurnOffer } from '../../turn/ui';
import { turnSumOf } from '../core/turn-measure';
import { useApp, useLazyModel } from '../../../app-context';
import type { TrialModel } from '../model/trial-model';
import { AnswerView, CannotTell, HaltView, PauseView } from './answer-view';
import { DaysTable } from './days-table';
import { formatDayKey, formatMinutes, minutesOfTimeInput, timeInputOf } from './format';
import { RateNow } from './rate-now';
import './trial.css';

/** While shown, the trial reads the clock again now and then: today's plan and its end move on. */
export function useTrialClock(model: TrialModel) {
  useEffect(() => model.watchClock(), [model]);
}

function Why() {
  return (
    <>
      <p>{t('trial.why')}</p>
      <h2>{t('trial.how.title')}</h2>
      <ul>
        <li>{t('trial.how.blocks')}</li>
        <li>{t('trial.how.routine')}</li>
        <li>{t('trial.how.comparison')}</li>
        <li>{t('trial.how.rate')}</li>
        <li>{t('trial.how.same')}</li>
        <li>{t('trial.how.stop')}</li>
      </ul>
      <p>{t('trial.how.length')}</p>
    </>
  );
}

function SetUp({
  model,
  onStarted,
}: {
  readonly model: TrialModel;
  readonly onStarted: () => void;
}) {
  const weeks = useSignal<TrialWeeks>(2);
  const measure = useSignal<TrialMeasure>('pain');
  // The turn test is offered only when the screening allows it (never with a recent neck
  // injury or dizziness on turning), by the turn feature's own rule.
  const canTurn = useTurnOffer() === 'offered';
  const first = useSignal(timeInputOf(8 * 60));
  const second = useSignal(timeInputOf(20 * 60));
  const problem = useSignal<string | undefined>(undefined);
  const busy = useSignal(false);

  const start = async (event: Event) => {
    event.preventDefault();
    const a = minutesOfTimeInput(first.value);
    const b = minutesOfTimeInput(second.value);
    // At least 3 hours apart, so that the ±90-minute windows of the two times never overlap.
    if (a === undefined || b === undefined || b - a < minRatingGapMinutes) {
      problem.value = t('trial.setup.timesOrder');
      return;
    }
    busy.value = true;
    const ok = await model.start({
      weeks: weeks.value,
      ratingMinutes: [a, b],
      measure: canTurn ? measure.value : 'pain',
    });
    busy.value = false;
    problem.value = ok ? undefined : t('trial.error.save');
    if (ok) onStarted();
  };

  return (
    <form class="card trial-setup" onSubmit={(event) => void start(event)}>
      <h2>{t('trial.setup.title')}</h2>
      <fieldset>
        <legend>{t('trial.setup.length')}</legend>
        {trialWeeksOptions.map((option) => (
          <label key={option} class="trial-choice">
            <input
              type="radio"
              name="trial-weeks"
              value={option}
              checked={weeks.value === option}
              onChange={() => (weeks.value = option)}
            />{' '}
            {tCount('trial.setup.weeks', option, { blocks: blockCountOf(option) })}
          </label>
        ))}
      </fieldset>
      {canTurn ? (
        <fieldset>
          <legend>{t('trial.setup.measure')}</legend>
          {(['pain', 'turn'] as const).map((option) => (
            <label key={option} class="trial-choice">
              <input
                type="radio"
                name="trial-measure"
                value={option}
                checked={measure.value === option}
                onChange={() => (measure.value = option)}
                aria-describedby={option === 'turn' ? 'trial-measure-hint' : undefined}
              />{' '}
              {t(option === 'pain' ? 'trial.setup.measurePain' : 'trial.setup.measureTurn')}
            </label>
          ))}
          <p class="quiet" id="trial-measure-hint">
            {t('trial.setup.measureTurnHint')}
          </p>
        </fieldset>
      ) : null}
      <p class="quiet" id="trial-times-hint">
        {t('trial.setup.timesHint')}
      </p>
      <p class="trial-times">
        <label>
          {t('trial.setup.first')}{' '}
          <input
            type="time"
            value={first.value}
            aria-describedby="trial-times-hint"
            onInput={(event) => (first.value = event.currentTarget.value)}
          />
        </label>
        <label>
          {t('trial.setup.second')}{' '}
          <input
            type="time"
            value={second.value}
            aria-describedby="trial-times-hint"
            onInput={(event) => (second.value = event.currentTarget.value)}
          />
        </label>
      </p>
      <p role="alert" class={problem.value ? 'alert' : undefined}>
        {problem.value ?? ''}
      </p>
      <p>
        <button type="submit" class="primary" disabled={busy.value}>
          {t('trial.setup.start')}
        </button>
      </p>
    </form>
  );
}

function Reminders({ trial, nowMs }: { readonly trial: TrialRecord; readonly nowMs: number }) {
  return (
    <section aria-labelledby="trial-reminders-title">
      <h2 id="trial-reminders-title">{t('trial.reminders.title')}</h2>
      <p>{t('trial.reminders.intro')}</p>
      <p class="button-row">
        {([0, 1] as const).map((which) => (
          <button
            key={which}
            type="button"
            onClick={() =>
              downloadText(
                `acupress-trial-${which + 1}.ics`,
                'text/calendar',
                trialReminderIcs(trial, which, nowMs, {
                  summary: t('trial.reminders.summary'),
                  description: t('trial.reminders.description'),
                }),
              )
            }
          >
            {t('trial.reminders.download', { time: formatMinutes(trial.ratingMinutes[which]) })}
          </button>
        ))}
      </p>
    </section>
  );
}

function StopButton({ model }: { readonly model: TrialModel }) {
  const confirming = useSignal(false);
  const question = useRef<HTMLParagraphElement>(null);
  useEffect(() => {
    if (confirming.value) question.current?.focus();
  }, [confirming.value]);
  return confirming.value ? (
    <div class="card">
      <p ref={question} tabIndex={-1}>
        {t('trial.stop.confirm')}
      </p>
      <p class="button-row">
        <button type="button" class="danger" onClick={() => void model.stop()}>
          {t('trial.stop.yes')}
        </button>
        <button type="button" onClick={() => (confirming.value = false)}>
          {t('trial.stop.no')}
        </button>
      </p>
    </div>
  ) : (
    <p>
      <button type="button" class="danger" onClick={() => (confirming.value = true)}>
        {t('trial.stop.button')}
      </button>
    </p>
  );
}

/**
 * After a turn trial's test: whether it is one of the day's compared measurements (the first
 * near a rating time, with both sides measured) or a note, said as the rating's message says it.
 */
function turnSavedText(model: TrialModel, record: TurnRecord): string {
  const trial = model.trial.value;
  const at = new Date(record.atEpochMs);
  const time = formatMinutes(at.getHours() * 60 + at.getMinutes());
  const minutesOf = (epochMs: number) => {
    const date = new Date(epochMs);
    return date.getHours() * 60 + date.getMinutes();
  };
  const sameDay = [...model.turns.value, record].filter(
    (turn, index, all) =>
      all.findIndex((each) => each.id === turn.id) === index &&
      turn.trialId === record.trialId &&
      turn.dayKey === record.dayKey &&
      turnSumOf(turn) !== undefined,
  );
  const isScheduled =
    trial !== undefined &&
    turnSumOf(record) !== undefined &&
    scheduledOf(sameDay, trial.ratingMinutes, minutesOf).scheduled.some(
      (turn) => turn.id === record.id,
    );
  return t(isScheduled ? 'trial.turn.saved' : 'trial.turn.savedNote', { time });
}

/** Today's kind, the next rating time and what is missing; also used on Home. */
export function TodayPlan({
  model,
  headingLevel = 2,
}: {
  readonly model: TrialModel;
  readonly headingLevel?: 2 | 3;
}) {
  const trial = model.trial.value;
  const today = model.today.value;
  if (!trial || !today) return null;
  const Heading = headingLevel === 2 ? 'h2' : 'h3';
  // Paused (two weeks, or getting worse): no plan for today, only "see a doctor".
  if (trial.pausedFor !== undefined) {
    return (
      <div class="trial-today">
        <Heading class="alert">{t('trial.pause.title')}</Heading>
        <p>{t(`trial.pause.${trial.pausedFor}`)}</p>
      </div>
    );
  }
  return (
    <div class="trial-today">
      <Heading>
        {t('trial.today.title')}: {t(`trial.today.${today.kind}`)}
      </Heading>
      <p>
        {t('trial.today.day', { day: today.dayIndex + 1, total: trial.days.length })}.{' '}
        {t(today.kind === 'routine' ? 'trial.today.routineHint' : 'trial.today.comparisonHint')}
      </p>
      <p>
        {today.nextRatingMinutes === undefined
          ? t('trial.today.noMore')
          : t('trial.today.next', { time: formatMinutes(today.nextRatingMinutes) })}{' '}
        {tCount('trial.today.rated', today.ratingsToday)}{' '}
        {measureOf(trial) === 'turn' &&
          `${tCount('trial.today.turnTests', turnTestsToday(model, trial.id, today.dayIndex))} `}
        {today.missedToday > 0 && tCount('trial.today.missing', today.missedToday)}
      </p>
    </div>
  );
}

/** The turn tests kept for the trial on one of its days (counts only: no peeking). */
function turnTestsToday(model: TrialModel, trialId: string, dayIndex: number): number {
  const day = model.answer.value?.analysis.days[dayIndex];
  const counted = day ? day.ratingCount + day.noteCount : 0;
  // Tests without both sides measured are not in the analysis; count them too.
  const dayKey = day?.dayKey;
  const oneSided = model.turns.value.filter(
    (turn) => turn.trialId === trialId && turn.dayKey === dayKey && turnSumOf(turn) === undefined,
  ).length;
  return counted + oneSided;
}

/** The day (1-based) on which a trial ended, within its days. */
export function stoppedDay(trial: TrialRecord): number {
  const endedOn = localMoment(new Date(trial.endedAtEpochMs ?? trial.startedAtEpochMs)).dateKey;
  return Math.min(trial.days.length, Math.max(1, trialDayIndex(trial.startDayKey, endedOn) + 1));
}

/** Stopped, by the person or the stop rule, before its last day: the answer is less certain. */
export function isStoppedEarly(trial: TrialRecord): boolean {
  return (
    trial.end !== undefined && trial.end !== 'finished' && stoppedDay(trial) < trial.days.length
  );
}

function Ended({ model, trial }: { readonly model: TrialModel; readonly trial: TrialRecord }) {
  const answer = model.answer.value;
  const last = addDays(trial.startDayKey, trial.days.length - 1);
  return (
    <>
      <p>
        {trial.end === 'finished'
          ? t('trial.finished', {
              start: formatDayKey(trial.startDayKey),
              end: formatDayKey(last),
            })
          : t(trial.end === 'stop-rule' ? 'trial.haltedOn' : 'trial.stopped', {
              day: stoppedDay(trial),
              total: trial.days.length,
            })}
      </p>
      {trial.end === 'stop-rule' && <HaltView reasons={trial.stopReasons ?? []} />}
      {trial.end !== 'stop-rule' && answer && (
        <AnswerView answer={answer} isEarly={isStoppedEarly(trial)} />
      )}
      {trial.end !== 'stop-rule' && <p>{t('trial.notBetter')}</p>}
      <CannotTell adherence={model.adherence.value} />
      {answer && (
        <DaysTable
          trial={trial}
          analysis={answer.analysis}
          lastDayIndex={stoppedDay(trial) - 1}
          measure={answer.measure}
        />
      )}
      <p class="button-row">
        <a class="button" href="/trial/summary">
          {t('trial.summary.link')}
        </a>
      </p>
    </>
  );
}

/** /trial: set up, run and read a personal trial; screened first, as a session is. */
export function TrialScreen() {
  usePageTitle(t('trial.title'));
  const { query, route } = useLocation();
  const app = useApp();
  const model = useLazyModel(app.trial);
  const journal = useLazyModel(app.journal);
  const { health } = app;
  const revision = journal.revision.value;
  useEffect(() => {
    health.recheck();
    void model.load();
  }, [model, revision]);
  useTrialClock(model);
  const trial = model.trial.value;
  const status = model.status.value;
  const isRunning = model.isRunning.value;
  const wantsNew = query.new === '1';
  const isSettingUp = status === 'ready' && !isRunning && (!trial || wantsNew);
  // The gate: a new trial's set-up needs the warning signs read again (in the last hour, after
  // the last trial ended) and the age question; a running trial needs what a session needs.
  const gateStep =
    status === 'ready'
      ? trialGateStep({
          isSettingUp,
          isRunning,
          screeningStep: health.stepNeeded.value,
          screenedAtEpochMs: health.answers.value.screenedAtEpochMs,
          lastTrialEndedAtEpochMs: trial?.endedAtEpochMs,
          nowEpochMs: model.nowMs.value,
        })
      : undefined;
  useEffect(() => {
    if (gateStep === undefined) return;
    const params = new URLSearchParams({ next: isSettingUp && trial ? '/trial?new=1' : '/trial' });
    if (gateStep === 'health') params.set('step', 'health');
    route(`/safety?${params.toString()}`, true);
  }, [gateStep]);
  // When the screen changes under the person (the trial starts, ends or stops on a rating), the
  // focus moves to the new part's first heading, so that keyboard and screen reader users land
  // there instead of on a button that has gone.
  const screen = useRef<HTMLElement>(null);
  const stage =
    status !== 'ready'
      ? 'loading'
      : `${trial?.id ?? 'none'}:${isRunning ? `running-${trial?.pausedFor ?? ''}` : (trial?.end ?? 'none')}:${isSettingUp}`;
  const previousStage = useRef<string | undefined>(undefined);
  useEffect(() => {
    const before = previousStage.current;
    previousStage.current = stage;
    if (before === undefined || before === 'loading' || before === stage) return;
    const heading = screen.current?.querySelector<HTMLElement>('h2');
    if (!heading) return;
    heading.tabIndex = -1;
    heading.focus();
  }, [stage]);

  return (
    <section class="trial" ref={screen}>
      <h1>{t('trial.title')}</h1>
      {status === 'failed' && (
        <p class="alert" role="alert">
          {t('trial.error.load')}
        </p>
      )}
      {model.hasSaveProblem.value && (
        <p class="alert" role="alert">
          {t('trial.error.save')}
        </p>
      )}
      {status === 'loading' || status === 'idle' || gateStep !== undefined ? (
        <p role="status">{t('trial.loading')}</p>
      ) : trial && isRunning && trial.pausedFor !== undefined ? (
        <>
          <PauseView reason={trial.pausedFor} onResume={() => void model.resume()} />
          <StopButton model={model} />
        </>
      ) : trial && isRunning ? (
        <>
          <TodayPlan model={model} />
          {model.today.value?.kind === 'routine' && (
            <p>
              <a class="button" href="/session">
                {t('trial.today.startSession')}
              </a>
            </p>
          )}
          <RateNow model={model} />
          {measureOf(trial) === 'turn' && (
            <TrialTurnTest
              trialId={trial.id}
              onSaved={(record) => void model.addTurn(record)}
              describeSaved={(record) => turnSavedText(model, record)}
            />
          )}
          <Reminders trial={trial} nowMs={model.nowMs.value} />
          {model.answer.value && (
            <DaysTable
              trial={trial}
              analysis={model.answer.value.analysis}
              todayIndex={model.today.value?.dayIndex ?? trial.days.length - 1}
              hideMeans
              measure={model.answer.value.measure}
            />
          )}
          <StopButton model={model} />
        </>
      ) : trial && !isSettingUp ? (
        <>
          <Ended model={model} trial={trial} />
          <p>
            <a class="button" href="/trial?new=1">
              {t('trial.new')}
            </a>
          </p>
        </>
      ) : (
        <>
          <Why />
          <SetUp model={model} onStarted={() => wantsNew && route('/trial', true)} />
        </>
      )}
    </section>
  );
}
