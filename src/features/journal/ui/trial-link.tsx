import { t } from '../../../i18n/i18n';

// The trial's own words (its part loads with History), in the journal's screen: History is where
// the trial is found, and the trial builds on the journal, not the other way round.

/** History's way into the personal trial (/trial). */
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
