import { t } from '../../i18n/i18n';
import { usePageTitle } from './page-title';

export function NotFound() {
  usePageTitle(t('notFound.title'));
  return (
    <section>
      <h1>{t('notFound.title')}</h1>
      <p>{t('notFound.body')}</p>
      <p>
        <a href="/">{t('nav.home')}</a>
      </p>
    </section>
  );
}
