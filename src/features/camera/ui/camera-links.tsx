import { t } from '../../../i18n/i18n';
import type { HandPointId } from '../core/hand-points';

/**
 * "Show me on my hand" links for a hand point's guide page: one per hand. Only links: the camera
 * code loads when one is followed.
 */
export function CameraLinks({ pointId }: { pointId: HandPointId }) {
  return (
    <nav class="camera-links" aria-label={t('camera.open')}>
      <p>{t('camera.open')}</p>
      <ul class="button-row">
        <li>
          <a class="button" href={`/camera/${pointId}/left`}>
            {t('camera.openLeft')}
          </a>
        </li>
        <li>
          <a class="button" href={`/camera/${pointId}/right`}>
            {t('camera.openRight')}
          </a>
        </li>
      </ul>
    </nav>
  );
}
