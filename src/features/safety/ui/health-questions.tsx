import { useState } from 'preact/hooks';
import { t } from '../../../i18n/i18n';
import { healthBlocker, healthConditions } from '../core/health';
import { useApp } from '../../../app-context';

interface Props {
  /** In the screening a Continue button checks the answers; in Settings each change is saved. */
  readonly onContinue?: () => void;
}

/** Age, pregnancy mode, and the conditions that call for a doctor first (clinical.md). */
export function HealthQuestions({ onContinue }: Props) {
  const { health } = useApp();
  const answers = health.answers.value;
  const [saved, setSaved] = useState(false);
  const [problem, setProblem] = useState<string | undefined>();
  const hasConditions = (answers.conditions?.length ?? 0) > 0;
  const change = (apply: () => void) => {
    apply();
    setSaved(true);
    setProblem(undefined);
  };
  const submit = (event: Event) => {
    event.preventDefault();
    if (answers.isAdult === undefined) return setProblem(t('safety.health.needAge'));
    const blocker = healthBlocker(answers);
    if (blocker === 'under-18') return setProblem(t('safety.health.under18'));
    if (blocker === 'ask-doctor') return setProblem(t('safety.health.needDoctor'));
    onContinue?.();
  };
  return (
    <form class="health-questions" onSubmit={submit} noValidate>
      <fieldset>
        <legend>{t('safety.health.adult')}</legend>
        <label class="choice">
          <input
            type="radio"
            name="adult"
            checked={answers.isAdult === true}
            onChange={() => change(() => health.update({ isAdult: true }))}
          />
          {t('safety.health.adultYes')}
        </label>
        <label class="choice">
          <input
            type="radio"
            name="adult"
            checked={answers.isAdult === false}
            onChange={() => change(() => health.update({ isAdult: false }))}
          />
          {t('safety.health.adultNo')}
        </label>
      </fieldset>
      {answers.isAdult === false && (
        <p class="alert" role="status">
          {t('safety.health.under18')}
        </p>
      )}
      <fieldset>
        <legend>{t('safety.health.pregnancy')}</legend>
        <label class="choice">
          <input
            type="checkbox"
            checked={answers.isPregnant}
            aria-describedby="pregnancy-hint"
            onChange={(event) =>
              change(() => health.update({ isPregnant: event.currentTarget.checked }))
            }
          />
          {t('safety.health.pregnant')}
        </label>
        <p class="quiet" id="pregnancy-hint">
          {t('safety.health.pregnantHint')}
        </p>
      </fieldset>
      <fieldset>
        <legend>{t('safety.health.conditions')}</legend>
        <p class="quiet">{t('safety.health.conditionsHint')}</p>
        {healthConditions.map((id) => (
          <label class="choice" key={id}>
            <input
              type="checkbox"
              checked={answers.conditions?.includes(id) ?? false}
              onChange={(event) =>
                change(() => health.setCondition(id, event.currentTarget.checked))
              }
            />
            {t(`safety.condition.${id}`)}
          </label>
        ))}
        {hasConditions && (
          <>
            <p class="note">{t('safety.health.askDoctor')}</p>
            <label class="choice">
              <input
                type="checkbox"
                checked={answers.hasAskedDoctor === true}
                onChange={(event) =>
                  change(() => health.update({ hasAskedDoctor: event.currentTarget.checked }))
                }
              />
              {t('safety.health.askedDoctor')}
            </label>
          </>
        )}
      </fieldset>
      {onContinue ? (
        <>
          <p class="form-problem" role="alert">
            {problem}
          </p>
          <button class="primary" type="submit">
            {t('safety.health.continue')}
          </button>
        </>
      ) : (
        <p class="quiet" role="status">
          {saved ? t('safety.settings.saved') : ''}
        </p>
      )}
    </form>
  );
}
