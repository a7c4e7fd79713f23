import { locale, t } from '../../../i18n/i18n';
import { usePageTitle } from '../../../shared/ui/page-title';

/**
 * The day the browser journeys (e2e/ in Chromium, e2e-engines/ in WebKit and Firefox) last
 * passed in all three engines with this statement's claims checked against them. Move it when a
 * run after a change to a tested screen passes; CI runs them on every change.
 */
export const lastFullRun = Date.UTC(2026, 11, 7);

/** /accessibility: the standard aimed at, what is tested and how, known issues, what is not. */
export function AccessibilityStatement() {
  usePageTitle(t('trust.a11y.title'));
  const date = new Intl.DateTimeFormat(locale.value, { dateStyle: 'long', timeZone: 'UTC' });
  return (
    <section class="about">
      <h1>{t('trust.a11y.title')}</h1>
      <p>{t('trust.a11y.intro')}</p>
      <h2>{t('trust.a11y.standardTitle')}</h2>
      <p>{t('trust.a11y.standardBody')}</p>
      <h2>{t('trust.a11y.testedTitle')}</h2>
      <p>{t('trust.a11y.testedEngines')}</p>
      <ul>
        <li>{t('trust.a11y.testedAll')}</li>
        <li>{t('trust.a11y.testedChromium')}</li>
        <li>{t('trust.a11y.testedKeyboard')}</li>
      </ul>
      <p>{t('trust.a11y.lastRun', { date: date.format(lastFullRun) })}</p>
      <h2>{t('trust.a11y.knownTitle')}</h2>
      <ul>
        <li>{t('trust.a11y.knownCamera')}</li>
        <li>{t('trust.a11y.knownDrawings')}</li>
        <li>{t('trust.a11y.knownWebKit')}</li>
      </ul>
      <h2>{t('trust.a11y.notTestedTitle')}</h2>
      <p>{t('trust.a11y.notTestedBody')}</p>
    </section>
  );
}
