import { t } from '../../../i18n/i18n';
import { type PointAnchor, primaryAnchor } from '../../../domain/drawings';
import type { PointId, Side } from '../../../domain/points';
import {
  AnchorPicture,
  PointPicture,
  type PictureSize,
} from '../../../shared/ui/pictures/point-picture';
import { useSpots } from '../use-spots';
import { SpotMarker } from './spot-marker';
import { sideName, yourSpotWords } from './words';
import './spots.css';

/**
 * A point's picture with "your spot" on it when the person has one (on the main view only: the
 * marks are taken there). Used by the guide page.
 */
export function AnchorPictureWithSpot(props: { anchor: PointAnchor; size?: PictureSize }) {
  const { anchor } = props;
  const spots = useSpots();
  const isMain =
    primaryAnchor(anchor.pointId, anchor.side).drawing === anchor.drawing && spots.isLoaded.value;
  const estimate = isMain ? spots.estimate(anchor.pointId, anchor.side) : undefined;
  if (!estimate) return <AnchorPicture anchor={anchor} size={props.size ?? 'large'} />;
  const words = yourSpotWords(anchor.pointId, anchor.side, estimate);
  return (
    <>
      <AnchorPicture
        anchor={anchor}
        size={props.size ?? 'large'}
        overlay={<SpotMarker anchor={anchor} spot={estimate.spot} />}
        labelExtra={words}
      />
      <p class="quiet spot-words">{words}</p>
    </>
  );
}

/** The print sheet's picture, with "your spot" and its words when there is one. */
export function PrintPictureWithSpot(props: { pointId: PointId; side: Side }) {
  const spots = useSpots();
  const estimate = spots.isLoaded.value ? spots.estimate(props.pointId, props.side) : undefined;
  const anchor = primaryAnchor(props.pointId, props.side);
  if (!estimate) return <PointPicture pointId={props.pointId} side={props.side} size="small" />;
  const words = yourSpotWords(props.pointId, props.side, estimate);
  return (
    <>
      <PointPicture
        pointId={props.pointId}
        side={props.side}
        size="small"
        overlay={<SpotMarker anchor={anchor} spot={estimate.spot} />}
        labelExtra={words}
      />
      <p class="spot-words">{words}</p>
    </>
  );
}

/** "Forget my spot" for each side that has marks of its own, on the guide page. */
export function ForgetSpots(props: { pointId: PointId }) {
  const spots = useSpots();
  if (!spots.isLoaded.value) return null;
  const sides = (['left', 'right'] as const).filter(
    (side) => spots.estimate(props.pointId, side)?.source === 'own',
  );
  if (sides.length === 0) return null;
  return (
    <div class="spot-mark actions">
      {sides.map((side) => (
        <button key={side} type="button" onClick={() => void spots.forget(props.pointId, side)}>
          {t('spots.forget', { side: sideName(props.pointId, side) })}
        </button>
      ))}
    </div>
  );
}
