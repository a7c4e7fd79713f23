import { locale, t } from '../../../i18n/i18n';
import { resultOf } from '../core/turn-record';
import { resultPlainText } from './turn-runner';
import { useTurnResults } from './use-turn-results';

/** History's way into the turn test, with the latest result kept (on its own or with a session). */
export function TurnHistoryLink() {
  const latest = useTurnResults()?.results.value.at(-1);
  return (
    <section class="card" aria-labelledby="turn-link-title">
      <h2 id="turn-link-title">{t('turn.nav')}</h2>
      <p>{t('turn.historyIntro')}</p>
      {latest ? (
        <p>
          {t('turn.historyLatest', {
            date: new Intl.DateTimeFormat(locale.value, {
              dateStyle: 'medium',
              timeStyle: 'short',
            }).format(latest.atEpochMs),
            result: resultPlainText(resultOf(latest)),
          })}
        </p>
      ) : null}
      <p>
        <a class="button" href="/turn">
          {t('turn.historyLink')}
        </a>
      </p>
    </section>
  );
}
