import { useLocation, useRoute } from 'preact-iso';
import { isHandPointId } from '../core/hand-points';
import { usePageTitle } from '../../../shared/ui/page-title';
import { t } from '../../../i18n/i18n';
import { NotFound } from '../../../shared/ui/not-found';
import { CameraFinder } from './camera-finder';

/** /camera/:id/:side: the camera point finder full screen, for a hand point and a hand. */
export function CameraRoute() {
  const { params } = useRoute();
  const { route } = useLocation();
  const id = params.id ?? '';
  const side = params.side;
  usePageTitle(t('camera.title'));
  if (!isHandPointId(id) || (side !== 'left' && side !== 'right')) return <NotFound />;
  return <CameraFinder pointId={id} side={side} onClose={() => route(`/points/${id}`)} />;
}
