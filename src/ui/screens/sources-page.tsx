import { t } from '../../app/i18n';
import { sources } from '../../core/sources';
import { usePageTitle } from '../components/page-title';

export function SourcesPage() {
  usePageTitle(t('sources.title'));
  return (
    <section>
      <h1>{t('sources.title')}</h1>
      <p>{t('sources.intro')}</p>
      <ul class="sources">
        {Object.values(sources).map((source) => (
          <li key={source.id}>
            <cite>{source.title}</cite> — {source.publisher}
            {source.year !== undefined && `, ${source.year}`}
          </li>
        ))}
      </ul>
    </section>
  );
}
