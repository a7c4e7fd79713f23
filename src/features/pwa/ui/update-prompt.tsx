import { useEffect } from 'preact/hooks';
import { useLocation } from 'preact-iso';
import { t } from '../../../i18n/i18n';
import { useApp } from '../../../app-context';

/**
 * "A new version is ready — Reload", on the home screen only and never during a session.
 * The home screen also looks for a new version when it opens or comes back into view.
 */
export function UpdatePrompt() {
  const isHome = useLocation().path === '/';
  const model = useApp().updates.value;
  useEffect(() => {
    if (!isHome || !model) return undefined;
    model.check();
    const onVisibilityChange = () => {
      if (document.visibilityState === 'visible') model.check();
    };
    document.addEventListener('visibilitychange', onVisibilityChange);
    return () => document.removeEventListener('visibilitychange', onVisibilityChange);
  }, [isHome, model]);
  if (!isHome || !model) return null;
  // The status region stays in place so that screen readers announce the prompt when it appears.
  return (
    <div class="pwa-update" role="status">
      {model.isPromptShown.value && (
        <p class="note">
          <span>{t('pwa.update.ready')}</span>{' '}
          <button class="primary" type="button" onClick={() => model.reload()}>
            {t('pwa.update.reload')}
          </button>
        </p>
      )}
    </div>
  );
}
