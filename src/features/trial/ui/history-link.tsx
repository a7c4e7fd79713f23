import { t } from '../../../i18n/i18n';

/** History's way into the personal trial. */
export function TrialHistoryLink() {
  return (
    <section class="card" aria-labelledby="trial-link-title">
      <h2 id="trial-link-title">{t('trial.nav')}</h2>
      <p>{t('trial.historyIntro')}</p>
      <p>
        <a class="button" href="/trial">
          {t('trial.historyLink')}
        </a>
      </p>
    </section>
  );
}
