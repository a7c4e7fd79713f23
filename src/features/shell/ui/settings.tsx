import { locale, locales, t } from '../../../i18n/i18n';
import { useApp } from '../../../app-context';
import { usePageTitle } from '../../../shared/ui/page-title';
import { DataSettings, StorageSettings } from '../../journal/ui';
import { HealthQuestions } from '../../safety/ui';
import { PlayLogSettings } from '../../session/ui';
import '../../safety/ui/safety.css';

const langAttribute = { en: 'en', es: 'es', 'zh-Hans': 'zh-Hans' } as const;

function formatDate(epochMs: number): string {
  return new Intl.DateTimeFormat(locale.value, { dateStyle: 'long' }).format(epochMs);
}

/** Language, health answers (pregnancy mode, age, conditions) and the warning signs. */
export function Settings() {
  usePageTitle(t('safety.settings.title'));
  const { health, language } = useApp();
  const screenedAt = health.answers.value.screenedAtEpochMs;
  return (
    <section class="settings">
      <h1>{t('safety.settings.title')}</h1>
      <section aria-labelledby="settings-language">
        <h2 id="settings-language">{t('safety.settings.language')}</h2>
        <fieldset>
          <legend class="visually-hidden">{t('safety.settings.language')}</legend>
          {locales.map((code) => (
            <label class="choice" key={code}>
              <input
                type="radio"
                name="language"
                checked={locale.value === code}
                onChange={() => void language.choose(code)}
              />
              <span lang={langAttribute[code]}>{t(`safety.language.${code}`)}</span>
            </label>
          ))}
        </fieldset>
        <p class="quiet">{t('safety.settings.languageHint')}</p>
        {language.loadFailed.value && (
          <p class="alert" role="alert">
            {t('common.loadFailed')}
          </p>
        )}
      </section>
      <section aria-labelledby="settings-health">
        <h2 id="settings-health">{t('safety.settings.health')}</h2>
        {health.answers.value.isPregnant && <p class="note">{t('safety.settings.pregnancyOn')}</p>}
        <HealthQuestions />
      </section>
      <section aria-labelledby="settings-signs">
        <h2 id="settings-signs">{t('safety.settings.warningSigns')}</h2>
        <p>
          {screenedAt !== undefined
            ? t('safety.settings.screenedOn', { date: formatDate(screenedAt) })
            : t('safety.settings.notScreened')}
        </p>
        <p class="link-row">
          <a class="button" href="/safety?next=/settings">
            {screenedAt !== undefined ? t('safety.settings.readAgain') : t('safety.settings.read')}
          </a>
          <a class="button" href="/help">
            {t('nav.help')}
          </a>
        </p>
      </section>
      <StorageSettings />
      <PlayLogSettings />
      <DataSettings />
    </section>
  );
}
