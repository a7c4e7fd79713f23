import { useLocation } from 'preact-iso';
import { t } from '../../../i18n/i18n';
import { useApp } from '../../../app-context';

/** After a first finished session, on the home screen: how to keep Acupress as an app. */
export function InstallHint() {
  const isHome = useLocation().path === '/';
  const { install: model, isSessionActive } = useApp();
  if (!isHome || !model.isHintShown.value || isSessionActive.value) return null;
  const isInstallable = model.isInstallable.value;
  return (
    <aside class="note pwa-install" aria-labelledby="pwa-install-title">
      <h2 id="pwa-install-title">{t('pwa.install.title')}</h2>
      <p>{t('pwa.install.body')}</p>
      {!isInstallable && <p>{t('pwa.install.manual')}</p>}
      <p class="button-row">
        {isInstallable && (
          <button class="primary" type="button" onClick={() => void model.install()}>
            {t('pwa.install.button')}
          </button>
        )}
        <button type="button" onClick={() => model.dismiss()}>
          {t('pwa.install.dismiss')}
        </button>
      </p>
    </aside>
  );
}
