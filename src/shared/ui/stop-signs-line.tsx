import { t } from '../../i18n/i18n';

/**
 * The four stop signs in one line, above Start on the session's set-up and beside Home's quick
 * start, so that someone who locks the phone at Start has read them (clinical.md, "Cautions").
 * The same words as the safety feature's list; src/catalogs/stop-signs-line.test.ts checks so.
 */
export function StopSignsLine() {
  return (
    <p class="stop-signs-line" role="note">
      {t('stopSigns.line')}
    </p>
  );
}
