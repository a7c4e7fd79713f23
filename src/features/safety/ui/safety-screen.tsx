import { useEffect, useRef } from 'preact/hooks';
import { useLocation } from 'preact-iso';
import { t } from '../../../i18n/i18n';
import { useApp } from '../../../app-context';
import { adviceFor, isRedFlagId, type RedFlagId } from '../core/red-flags';
import { usePageTitle } from '../../../shared/ui/page-title';
import { EmergencyNumber } from './emergency-number';
import { HealthQuestions } from './health-questions';
import { RedFlagList } from './red-flag-list';
import { safeNextPath } from './next-path';
import './safety.css';

type Step = 'list' | 'advice' | 'health';

/**
 * First-run screening: the red flags as plain statements (not a scored quiz), then the health
 * questions. Any statement chosen leads to its advice; "None of these apply to me" goes on to
 * `next`. The step lives in the URL, so Back works as people expect.
 */
export function SafetyScreen() {
  const { query, route } = useLocation();
  const { health, now } = useApp();
  const next = safeNextPath(query.next);
  const flag = query.flag !== undefined && isRedFlagId(query.flag) ? query.flag : undefined;
  const step: Step =
    query.step === 'advice' && flag ? 'advice' : query.step === 'health' ? 'health' : 'list';
  const go = (to: Step, chosen?: RedFlagId) => {
    const params = new URLSearchParams({ next });
    if (to !== 'list') params.set('step', to);
    if (chosen) params.set('flag', chosen);
    route(`/safety?${params.toString()}`);
  };
  const finish = () => route(next);
  const noneApply = () => {
    if (health.completeScreening(now()) === 'go-on') finish();
    else go('health');
  };
  const choose = (id: RedFlagId) => {
    health.chooseFlag(id);
    go('advice', id);
  };
  // The doctor's clearance covers its statement only: the list comes back with it marked, and
  // the person still says that none of the others apply (clinical.md).
  const continueAfterDoctor = (id: RedFlagId) => {
    health.clearFlag(id);
    go('list');
  };

  const heading = useRef<HTMLHeadingElement>(null);
  const firstRender = useRef(true);
  useEffect(() => {
    // Move focus to the new heading when the step changes, as a page change would.
    if (firstRender.current) firstRender.current = false;
    else heading.current?.focus();
  }, [step, flag]);

  if (step === 'advice' && flag) {
    return (
      <Advice
        id={flag}
        headingRef={heading}
        onBack={() => go('list')}
        onContinue={() => continueAfterDoctor(flag)}
      />
    );
  }
  if (step === 'health') {
    return (
      <section class="safety">
        <Title text={t('safety.health.title')} headingRef={heading} />
        <p>{t('safety.health.intro')}</p>
        <HealthQuestions onContinue={finish} />
      </section>
    );
  }
  const cleared = (health.answers.value.clearedFlags ?? []).filter((id) =>
    health.answers.value.chosenFlags?.includes(id),
  );
  return (
    <section class="safety">
      <Title text={t('safety.screen.title')} headingRef={heading} />
      <p class="lead">{t('safety.screen.intro')}</p>
      {cleared.length > 0 && <p class="safety-cleared-note">{t('safety.screen.clearedNote')}</p>}
      <p class="quiet">{t('safety.screen.chooseHint')}</p>
      <RedFlagList onChoose={choose} cleared={cleared} />
      <p class="safety-none">
        <button type="button" class="primary" onClick={noneApply}>
          {t(cleared.length > 0 ? 'safety.screen.noneOthers' : 'safety.screen.none')}
        </button>
      </p>
    </section>
  );
}

interface TitleProps {
  readonly text: string;
  readonly headingRef: preact.RefObject<HTMLHeadingElement>;
}

function Title({ text, headingRef }: TitleProps) {
  usePageTitle(text);
  return (
    <h1 ref={headingRef} tabIndex={-1}>
      {text}
    </h1>
  );
}

interface AdviceProps {
  readonly id: RedFlagId;
  readonly headingRef: preact.RefObject<HTMLHeadingElement>;
  readonly onBack: () => void;
  readonly onContinue: () => void;
}

/** The advice for a chosen statement. From an emergency, there is no way on to a session. */
function Advice({ id, headingRef, onBack, onContinue }: AdviceProps) {
  const advice = adviceFor(id);
  return (
    <section class={`safety advice advice-${advice.group}`}>
      <Title text={t(`safety.advice.${advice.group}.title`)} headingRef={headingRef} />
      <p class="quiet">
        {t('safety.advice.youChose')}: {t(`safety.flag.${id}`)}
      </p>
      <p class="lead">{t(`safety.advice.${advice.group}.body`)}</p>
      {advice.group !== 'doctor-first' && <EmergencyNumber />}
      <p class="advice-actions">
        {advice.next === 'continue-once-a-doctor-agrees' && (
          <button type="button" onClick={onContinue}>
            {t('safety.advice.doctor-first.continue')}
          </button>
        )}
        <button type="button" onClick={onBack}>
          {t('safety.advice.back')}
        </button>
      </p>
    </section>
  );
}
