import { t } from '../../../i18n/i18n';
import { NeckMusclesPicture } from './point-picture';

/** The article's explanation of the two neck muscles, with the "never press here" picture. */
export function NeckMusclesSection() {
  return (
    <section aria-labelledby="guide-muscles">
      <h2 id="guide-muscles">{t('guide.musclesTitle')}</h2>
      <figure class="guide-figure guide-muscles">
        <NeckMusclesPicture />
        <figcaption>{t('guide.musclesCaption')}</figcaption>
      </figure>
      <p>{t('guide.musclesWhy')}</p>
      <p class="alert">{t('guide.neverNeck')}</p>
    </section>
  );
}
