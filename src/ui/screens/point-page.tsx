import { useRoute } from 'preact-iso';
import { t } from '../../app/i18n';
import { pointText } from '../../app/point-text';
import { findPoint, isPointId } from '../../core/points';
import { sources } from '../../core/sources';
import { usePageTitle } from '../components/page-title';
import { NotFound } from './not-found';

export function PointPage() {
  const { params } = useRoute();
  const id = params.id ?? '';
  if (!isPointId(id)) return <NotFound />;
  return <PointDetail id={id} />;
}

function PointDetail({ id }: { id: Parameters<typeof findPoint>[0] }) {
  const point = findPoint(id);
  const text = pointText(id);
  usePageTitle(text.name);
  const technique = point.technique;
  return (
    <article class="point-page">
      <p>
        <a href="/points">← {t('guide.back')}</a>
      </p>
      <h1>{text.name}</h1>
      <p class="quiet">
        <span lang="zh-Hans">{point.hanzi}</span> {point.pinyin} · {point.id}
        {point.alsoCalled && (
          <>
            {' · '}
            {t('guide.alsoCalled', {
              name: `${point.alsoCalled.hanzi} ${point.alsoCalled.pinyin}`,
            })}
          </>
        )}
      </p>
      <p class="quiet">
        {t('guide.article', { number: point.articleNumber, heading: text.articleHeading })}
      </p>
      {point.isAvoidedInPregnancy && <p class="badge warn">{t('guide.avoidedPregnant')}</p>}
      <h2>{t('guide.location')}</h2>
      <p>{text.location}</p>
      <h2>{t('guide.find')}</h2>
      <ol>
        {text.findSteps.map((step) => (
          <li key={step}>{step}</li>
        ))}
      </ol>
      <p class="note">{t('guide.wiggle')}</p>
      <h2>{t('guide.sides')}</h2>
      <p>{text.sidesWhy}</p>
      <h2>{t('guide.technique')}</h2>
      <p>{text.pressure}</p>
      <p>
        {technique.kind === 'pulse'
          ? t('guide.techniquePulse', {
              on: technique.pulseOnMs / 1000,
              off: technique.pulseOffMs / 1000,
              count: technique.pulsesPerSide,
            })
          : t('guide.techniqueHold')}
      </p>
      <h2>{t('guide.articleSays')}</h2>
      <blockquote>{text.articleInstructions}</blockquote>
      {point.cautions.length > 0 && (
        <>
          <h2>{t('guide.cautions')}</h2>
          <ul>
            {point.cautions.map((caution) => (
              <li key={caution.id}>{text.cautions[caution.id] ?? caution.text}</li>
            ))}
          </ul>
        </>
      )}
      <h2>{t('guide.sources')}</h2>
      <ul>
        {point.sources.map((sourceId) => (
          <li key={sourceId}>
            {sources[sourceId].title} — {sources[sourceId].publisher}
          </li>
        ))}
      </ul>
    </article>
  );
}
