import { useSignal } from '@preact/signals';
import { saveProblemText } from './save-problem';
import { useEffect } from 'preact/hooks';
import { t } from '../../../i18n/i18n';
import { useApp, useLazyModel } from '../../../app-context';
import { pointText } from '../../../i18n/point-text';
import type { SessionRecord, Readings } from '../../../domain/records/session-entry';
import type { PointId } from '../../../domain/points';
import { ScoreScale } from '../../../shared/ui/score-scale';
import { downloadText } from '../../../shared/ui/download';
import { exportToJson } from '../../../domain/records/export-file';
import { noteMaxChars } from '../../../domain/records/fields';
import { TurnCheck } from '../../turn/ui';

export interface AfterSessionProps {
  readonly record: SessionRecord;
}

type SaveState = 'editing' | 'saving' | 'saved' | 'failed';

function pressedPoints(record: SessionRecord): PointId[] {
  const seen: PointId[] = [];
  for (const step of record.steps) {
    if (step.status === 'done' && !seen.includes(step.pointId)) seen.push(step.pointId);
  }
  return seen;
}

function PointChoices(props: {
  legend: string;
  name: string;
  points: readonly PointId[];
  chosen: readonly PointId[];
  onChange: (next: PointId[]) => void;
}) {
  return (
    <fieldset class="point-choices">
      <legend>{props.legend}</legend>
      {props.points.map((id) => (
        <label key={id} class="check-option">
          <input
            type="checkbox"
            name={props.name}
            value={id}
            checked={props.chosen.includes(id)}
            onChange={(event) => {
              const on = event.currentTarget.checked;
              props.onChange(
                on ? [...props.chosen, id] : props.chosen.filter((chosen) => chosen !== id),
              );
            }}
          />
          <span>{pointText(id).name}</span>
        </label>
      ))}
    </fieldset>
  );
}

/**
 * The after-session questions (pain and stiffness again, tender and right points, a note), then
 * a durable save. A higher pain than before links to the red flags.
 */
export function AfterSession({ record }: AfterSessionProps) {
  const app = useApp();
  const journal = useLazyModel(app.journal);
  const { reminders } = app;
  const after = useSignal<Readings>({});
  const tender = useSignal<PointId[]>([]);
  const right = useSignal<PointId[]>([]);
  const note = useSignal('');
  const state = useSignal<SaveState>('editing');
  const points = pressedPoints(record);

  useEffect(() => {
    // Opens the database while the person answers, so that saving is quick.
    void journal.load();
  }, [journal]);

  const setAfter = (key: 'pain0to10' | 'stiffness0to10', score: number | undefined) => {
    const next: { pain0to10?: number; stiffness0to10?: number } = { ...after.value };
    if (score === undefined) delete next[key];
    else next[key] = score;
    after.value = next;
  };

  const save = async () => {
    state.value = 'saving';
    const ok = await journal.saveAfterSession(record, {
      after: after.value,
      tenderPoints: tender.value,
      rightPoints: right.value,
      note: note.value.trim().slice(0, noteMaxChars),
    });
    state.value = ok ? 'saved' : 'failed';
    if (ok) reminders.noteSession(app.now());
  };

  const retry = async () => {
    state.value = 'saving';
    const ok = await journal.retryUnsaved();
    state.value = ok ? 'saved' : 'failed';
    if (ok) reminders.noteSession(app.now());
  };

  const before = record.before;
  const painAfter = after.value.pain0to10;
  const isWorse =
    before.pain0to10 !== undefined && painAfter !== undefined && painAfter > before.pain0to10;
  const notRated = t('journal.after.notRated');
  const locked = state.value === 'saving' || state.value === 'saved';

  return (
    <section class="after-session" aria-labelledby="after-session-title">
      <h2 id="after-session-title">{t('journal.after.title')}</h2>
      <p class="quiet">{t('journal.after.intro')}</p>
      <p>
        {t('journal.after.before', {
          pain: before.pain0to10 ?? notRated,
          stiffness: before.stiffness0to10 ?? notRated,
        })}
      </p>
      <form
        onSubmit={(event) => {
          event.preventDefault();
          if (!locked) void save();
        }}
      >
        <fieldset class="plain-fieldset" disabled={locked}>
          <ScoreScale
            name="after-pain"
            kind="pain"
            legend={t('journal.scale.painAfter')}
            value={after.value.pain0to10}
            onChange={(score) => setAfter('pain0to10', score)}
          />
          {isWorse && (
            <p class="alert" role="alert">
              {t('journal.after.worse')} <a href="/help">{t('journal.after.worseLink')}</a>
            </p>
          )}
          <ScoreScale
            name="after-stiffness"
            kind="stiffness"
            legend={t('journal.scale.stiffnessAfter')}
            value={after.value.stiffness0to10}
            onChange={(score) => setAfter('stiffness0to10', score)}
          />
          {points.length === 0 ? (
            <p class="quiet">{t('journal.after.noPoints')}</p>
          ) : (
            <>
              <PointChoices
                legend={t('journal.after.tender')}
                name="tender"
                points={points}
                chosen={tender.value}
                onChange={(next) => (tender.value = next)}
              />
              <PointChoices
                legend={t('journal.after.right')}
                name="right"
                points={points}
                chosen={right.value}
                onChange={(next) => (right.value = next)}
              />
            </>
          )}
          <label class="field" for="after-note">
            {t('journal.after.note')}
          </label>
          <textarea
            id="after-note"
            rows={3}
            maxLength={noteMaxChars}
            value={note.value}
            onInput={(event) => (note.value = event.currentTarget.value)}
          />
        </fieldset>
        {state.value !== 'saved' && (
          <p>
            <button type="submit" class="primary" disabled={locked}>
              {state.value === 'saving' ? t('journal.after.saving') : t('journal.after.save')}
            </button>
          </p>
        )}
      </form>
      <TurnCheck
        moment="after"
        session={{ id: record.id, startedAtEpochMs: record.startedAtEpochMs }}
      />
      <div aria-live="polite">
        {state.value === 'saved' && (
          <p class="note">
            {t('journal.after.saved')} <a href="/history">{t('journal.after.history')}</a>
          </p>
        )}
      </div>
      {state.value === 'failed' && (
        <div class="alert" role="alert">
          <p>{saveProblemText(journal.problem.value)}</p>
          <p class="button-row">
            <button type="button" onClick={() => void retry()}>
              {t('journal.error.retry')}
            </button>
            <button
              type="button"
              onClick={() =>
                downloadText(
                  'acupress-unsaved.json',
                  'application/json',
                  exportToJson(journal.unsaved.value, app.now()),
                )
              }
            >
              {t('journal.error.export')}
            </button>
          </p>
        </div>
      )}
    </section>
  );
}
