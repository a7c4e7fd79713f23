import { t } from '../../app/i18n';
import { points } from '../../core/points';
import { usePageTitle } from '../components/page-title';
import { pointText } from '../../app/point-text';

export function Home() {
  usePageTitle(t('app.tagline'));
  return (
    <section class="home">
      <h1>{t('home.title')}</h1>
      <p class="lead">{t('home.intro')}</p>
      <p>
        <a class="button primary" href="/session">
          {t('home.start')}
        </a>
      </p>
      <p class="quiet">{t('home.private')}</p>
      <h2>{t('home.points')}</h2>
      <p>{t('home.pointsIntro')}</p>
      <ol class="point-list">
        {points.map((point) => (
          <li key={point.id}>
            <a href={`/points/${point.id}`}>
              <span class="point-name">{pointText(point.id).name}</span>{' '}
              <span class="point-code" lang="zh-Hans">
                {point.hanzi}
              </span>
            </a>
            <span class="quiet"> — {pointText(point.id).findShort}</span>
          </li>
        ))}
      </ol>
      <p class="quiet">{t('home.notCare')}</p>
    </section>
  );
}
