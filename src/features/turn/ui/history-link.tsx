import { t } from '../../../i18n/i18n';

/** History's way into the turn test. */
export function TurnHistoryLink() {
  return (
    <section class="card" aria-labelledby="turn-link-title">
      <h2 id="turn-link-title">{t('turn.nav')}</h2>
      <p>{t('turn.historyIntro')}</p>
      <p>
        <a class="button" href="/turn">
          {t('turn.historyLink')}
        </a>
      </p>
    </section>
  );
}
