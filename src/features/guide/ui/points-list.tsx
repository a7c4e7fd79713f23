import { t } from '../../../i18n/i18n';
import { pointText } from '../../../i18n/point-text';
import { points } from '../../../domain/points';
import { usePageTitle } from '../../../shared/ui/page-title';
import { PointPicture } from '../../../shared/ui/pictures/point-picture';
import { NeckMusclesSection } from '../../../shared/ui/pictures/neck-muscles-section';
import './guide.css';

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
              <div class="point-card-body">
                <PointPicture pointId={point.id} side="right" size="small" />
                <div>
                  <p class="quiet">
                    <span lang="zh-Hans">{point.hanzi}</span> {point.pinyin} · {point.id}
                  </p>
                  <p>{text.findShort}</p>
                </div>
              </div>
            </li>
          );
        })}
      </ol>
      <p class="guide-print-link">
        <a class="button" href="/print">
          {t('guide.printLink')}
        </a>
      </p>
      <NeckMusclesSection />
    </section>
  );
}
