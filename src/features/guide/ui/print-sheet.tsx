import { t } from '../../../i18n/i18n';
import { pointText } from '../../../i18n/point-text';
import { points, type Point } from '../../../domain/points';
import { redFlagGroups, redFlagsIn, stopSigns, skinCautionSentence } from '../../safety/ui';
import { usePageTitle } from '../../../shared/ui/page-title';
import { PrintPictureWithSpot } from '../../spots/ui';
import './print-sheet.css';

function sideSummary(point: Point): string {
  if (point.sideRule === 'opposite-hand') return t('guide.print.sideOpposite');
  if (point.region === 'hand') return t('guide.print.sideBothHands');
  return t('guide.print.sideBoth');
}

function techniqueSummary(point: Point): string {
  const technique = point.technique;
  if (technique.kind === 'pulse') {
    return t('guide.print.pulse', {
      on: technique.pulseOnMs / 1000,
      off: technique.pulseOffMs / 1000,
      count: technique.pulsesPerSide,
    });
  }
  return t('guide.print.hold');
}

function PointCard({ point }: { point: Point }) {
  const text = pointText(point.id);
  return (
    <li class="sheet-point">
      <PrintPictureWithSpot pointId={point.id} side="right" />
      <div>
        <h3>
          {point.articleNumber}. {text.name}{' '}
          <span lang="zh-Hans" class="sheet-hanzi">
            {point.hanzi}
          </span>
        </h3>
        <p>{text.findShort}</p>
        <p>
          <strong>{t('guide.print.sideLabel')}</strong> {sideSummary(point)}
        </p>
        <p>
          <strong>{t('guide.print.howLabel')}</strong> {techniqueSummary(point)}
        </p>
        {/* Pregnancy has its own line; the reason for moderate pressure stays on the guide page. */}
        {point.cautions
          .filter((caution) => caution.id !== 'pregnancy' && caution.id !== 'moderate-pressure')
          .map((caution) => (
            <p key={caution.id}>
              <strong>{t('guide.print.cautionLabel')}</strong>{' '}
              {text.cautions[caution.id] ?? caution.text}
            </p>
          ))}
      </div>
    </li>
  );
}

/** All five points, the routine, the cautions and the warning signs, on one printed page. */
export function PrintSheet() {
  usePageTitle(t('guide.print.title'));
  const avoided = points
    .filter((point) => point.isAvoidedInPregnancy)
    .map((point) => pointText(point.id).name);
  return (
    <article class="print-sheet printable">
      <div class="sheet-screen-only screen-only">
        <p>
          <a href="/points">← {t('guide.back')}</a>
        </p>
        <p>{t('guide.print.hint')}</p>
        <button type="button" class="primary" onClick={() => window.print()}>
          {t('guide.print.button')}
        </button>
      </div>
      <h1>{t('guide.print.title')}</h1>
      <p class="sheet-intro">{t('guide.print.intro')}</p>
      <ol class="sheet-points">
        {points.map((point) => (
          <PointCard key={point.id} point={point} />
        ))}
        <li class="sheet-routine">
          <h2>{t('guide.print.routine')}</h2>
          <ul>
            <li>{t('guide.print.order')}</li>
            <li>{t('guide.techniqueHold')}</li>
            <li>{t('guide.print.firm')}</li>
            <li>{t('guide.print.breathe')}</li>
            <li>{t('guide.wiggle')}</li>
          </ul>
        </li>
      </ol>
      <section class="sheet-cautions" aria-labelledby="sheet-cautions">
        <h2 id="sheet-cautions">{t('guide.cautions')}</h2>
        <ul>
          <li>{skinCautionSentence()}</li>
          <li>{t('guide.neverNeck')}</li>
          <li>
            {t('safety.cautions.stop')}{' '}
            {stopSigns.map((sign) => t(`safety.stop.${sign}`)).join(', ')}.
          </li>
          <li>{t('guide.print.pregnancy', { points: avoided.join(', ') })}</li>
          <li>{t('guide.print.condition')}</li>
        </ul>
      </section>
      <section class="sheet-flags" aria-labelledby="sheet-flags">
        <h2 id="sheet-flags">{t('safety.help.title')}</h2>
        {redFlagGroups.map((group) => (
          <div key={group} class="sheet-flag-group">
            <h3>{t(`safety.help.${group}`)}</h3>
            <ul>
              {redFlagsIn(group).map((flag) => (
                <li key={flag.id}>{t(`safety.flag.${flag.id}`)}</li>
              ))}
            </ul>
          </div>
        ))}
        <p>{t('safety.help.twoWeeks')}</p>
      </section>
      <p class="sheet-sources">{t('guide.print.sources')}</p>
    </article>
  );
}
