import { useEffect } from 'preact/hooks';
import { t } from '../../i18n/i18n';

/** Sets the document title, so screen readers and tabs name the page. */
export function usePageTitle(title: string): void {
  useEffect(() => {
    document.title = `${title} · ${t('app.name')}`;
  }, [title]);
}
