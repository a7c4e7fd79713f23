import { t } from '../../app/i18n';
import { pointText } from '../../app/point-text';
import { points } from '../../core/points';
import { usePageTitle } from '../components/page-title';

export function PointsList() {
  usePageTitle(t('guide.title'));
  return (
    <section>
      <h1>{t('guide.title')}</h1>
      <p>{t('guide.intro')}</p>
      <ol class="point-cards">
        {points.map((point) => {
          const text = pointText(point.id);
          return (
            <li key={point.id} class="card">
              <h2>
                <a href={`/points/${point.id}`}>{text.name}</a>
              </h2>
              <p class="quiet">
                <span lang="zh-Hans">{point.hanzi}</span> {point.pinyin} · {point.id}
              </p>
              <p>{text.findShort}</p>
            </li>
          );
        })}
      </ol>
    </section>
  );
}
