import { useRoute } from 'preact-iso';
import { t } from '../../../i18n/i18n';
import { pointText } from '../../../i18n/point-text';
import { anchorsFor } from '../../../domain/drawings';
import { findPoint, isPointId, type PointId, type Side } from '../../../domain/points';
import { sources } from '../../../domain/sources';
import { usePageTitle } from '../../../shared/ui/page-title';
import { FingerMeasuresPicture, pictureCaption } from '../../../shared/ui/pictures/point-picture';
import { NeckMusclesSection } from '../../../shared/ui/pictures/neck-muscles-section';
import { NotFound } from '../../../shared/ui/not-found';
import { isHandPointId, CameraLinks } from '../../camera/ui';
import { PregnancyNote } from '../../safety/ui';
import { AnchorPictureWithSpot, ForgetSpots } from '../../spots/ui';
import './guide.css';

export function PointPage() {
  const { params } = useRoute();
  const id = params.id ?? '';
  if (!isPointId(id)) return <NotFound />;
  return <PointDetail id={id} />;
}

const sides: readonly Side[] = ['left', 'right'];

/** Every picture of the point: both sides of each view, left first. */
function PointFigures({ id }: { id: PointId }) {
  const views = sides.map((side) => anchorsFor(id, side));
  const viewCount = views[0]?.length ?? 0;
  const rows = Array.from({ length: viewCount }, (_, view) =>
    views.map((anchorsOfSide) => anchorsOfSide[view]).filter((anchor) => anchor !== undefined),
  );
  return (
    <div class="guide-figures">
      {rows.map((row) => (
        <div class="guide-figure-row" key={row[0]?.drawing}>
          {row.map((anchor) => (
            <figure class="guide-figure" key={`${anchor.drawing}-${anchor.side}`}>
              <AnchorPictureWithSpot anchor={anchor} />
              <figcaption>{pictureCaption(anchor)}</figcaption>
            </figure>
          ))}
        </div>
      ))}
    </div>
  );
}

/** Whether the point's finding steps measure in finger widths (cun). */
function usesCun(id: PointId): boolean {
  return findPoint(id).findSteps.some((step) => /\bcun\b/.test(step));
}

function PointDetail({ id }: { id: PointId }) {
  const point = findPoint(id);
  const text = pointText(id);
  usePageTitle(text.name);
  const technique = point.technique;
  const isNeckPoint = point.region !== 'hand';
  const departure = point.cautions.find((caution) => caution.id === 'moderate-pressure');
  const otherCautions = point.cautions.filter((caution) => caution !== departure);
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
      <PregnancyNote pointId={id} />
      <h2>{t('guide.location')}</h2>
      <p>{text.location}</p>
      <PointFigures id={id} />
      <ForgetSpots pointId={id} />
      <p class="note">{t('guide.wiggle')}</p>
      {/* Camera mode: "Show me on my hand" for the hand points. */}
      {isHandPointId(id) && <CameraLinks pointId={id} />}
      <h2>{t('guide.find')}</h2>
      <ol class="guide-steps">
        {text.findSteps.map((step) => (
          <li key={step}>{step}</li>
        ))}
      </ol>
      {usesCun(id) && (
        <figure class="guide-figure guide-measures">
          <FingerMeasuresPicture />
          <figcaption>{t('guide.measuresCaption')}</figcaption>
        </figure>
      )}
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
      <p>{t('guide.howOften')}</p>
      <h2>{t('guide.articleSays')}</h2>
      <blockquote>{text.articleInstructions}</blockquote>
      {/* Where Acupress departs from the article, it says so next to the quote. */}
      {departure && <p class="note">{text.cautions[departure.id] ?? departure.text}</p>}
      {isNeckPoint && <NeckMusclesSection />}
      {otherCautions.length > 0 && (
        <>
          <h2>{t('guide.cautions')}</h2>
          <ul>
            {otherCautions.map((caution) => (
              <li key={caution.id}>{text.cautions[caution.id] ?? caution.text}</li>
            ))}
          </ul>
        </>
      )}
      <h2>{t('guide.sources')}</h2>
      <ul>
        {point.sources.map((sourceId) => (
          <li key={sourceId} lang="en">
            {sources[sourceId].title} — {sources[sourceId].publisher}
          </li>
        ))}
      </ul>
    </article>
  );
}
