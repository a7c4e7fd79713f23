import { useEffect } from 'preact/hooks';
import { t } from '../../../i18n/i18n';
import { useApp, useLazyModel } from '../../../app-context';
import { TodayPlan, useTrialClock } from './trial-screen';

/** Home's card while a trial runs: today's kind, the next rating time, what is missing. */
export function TrialToday() {
  const model = useLazyModel(useApp().trial);
  useEffect(() => {
    void model.load();
  }, [model]);
  useTrialClock(model);
  if (!model.today.value) return null;
  return (
    <section class="card trial-home" aria-labelledby="trial-home-title">
      <h2 id="trial-home-title">{t('trial.home.title')}</h2>
      <TodayPlan model={model} headingLevel={3} />
      <p>
        <a class="button" href="/trial">
          {t('trial.today.open')}
        </a>
      </p>
    </section>
  );
}
