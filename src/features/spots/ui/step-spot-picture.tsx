import { useRef, useState } from 'preact/hooks';
import { t } from '../../../i18n/i18n';
import { primaryAnchor } from '../../../domain/drawings';
import type { PointId, Side } from '../../../domain/points';
import { PointPicture } from '../../../shared/ui/pictures/point-picture';
import { useSpots } from '../use-spots';
import {
  keyStepRadii,
  toZone,
  withinReach,
  zoneMiddle,
  type ZoneXy,
} from '../../../domain/zone-frame';
import type { MarkAnswer } from '../core/judge';
import type { AnswerOutcome } from '../model/spots-model';
import { SpotMarker } from './spot-marker';
import { markerWords, savedWords, yourSpotWords } from './words';
import './spots.css';

const keyMoves: Readonly<Record<string, ZoneXy>> = {
  ArrowLeft: { u: -keyStepRadii, v: 0 },
  ArrowRight: { u: keyStepRadii, v: 0 },
  ArrowUp: { u: 0, v: -keyStepRadii },
  ArrowDown: { u: 0, v: keyStepRadii },
};

/**
 * The session step's picture with "your spot" on it, and "Found your spot? Show where" on a
 * line of its own under it: optional, closed by default, and nothing in it stops or pauses the
 * hold. It never covers the picture (the player's layout leaves it that line, so the player
 * still fits a phone without scrolling); the words for "your spot" are in the picture's text
 * alternative.
 */
export function StepSpotPicture(props: { pointId: PointId; side: Side }) {
  const { pointId, side } = props;
  const spots = useSpots();
  const anchor = primaryAnchor(pointId, side);
  const estimate = spots.isLoaded.value ? spots.estimate(pointId, side) : undefined;
  const [isMarking, setMarking] = useState(false);
  const [pending, setPending] = useState<ZoneXy>(zoneMiddle);
  const [saved, setSaved] = useState<AnswerOutcome | null>(null);
  const areaRef = useRef<HTMLDivElement>(null);

  const open = () => {
    setPending(estimate?.spot ?? zoneMiddle);
    setSaved(null);
    setMarking(true);
    requestAnimationFrame(() => areaRef.current?.focus());
  };
  const save = async (answer: MarkAnswer) => {
    const outcome = await spots.answer(pointId, side, answer);
    setSaved(outcome);
    setMarking(false);
  };
  const onTap = (event: MouseEvent) => {
    const svg = areaRef.current?.querySelector('svg');
    const matrix = svg?.getScreenCTM();
    if (!svg || !matrix) return;
    const point = new DOMPoint(event.clientX, event.clientY).matrixTransform(matrix.inverse());
    void save({ kind: 'place', spot: toZone(anchor, { x: point.x, y: point.y }) });
  };
  const onKey = (event: KeyboardEvent) => {
    const move = keyMoves[event.key];
    if (move) {
      event.preventDefault();
      setPending((spot) => withinReach({ u: spot.u + move.u, v: spot.v + move.v }));
    } else if (event.key === 'Enter') {
      event.preventDefault();
      void save({ kind: 'place', spot: pending });
    } else if (event.key === 'Escape') {
      setMarking(false);
    }
  };

  const yours = estimate ? yourSpotWords(pointId, side, estimate) : undefined;

  return (
    <div class="spot-step">
      {isMarking ? (
        <div
          ref={areaRef}
          class="spot-mark-area"
          role="application"
          tabIndex={0}
          aria-label={t('spots.areaLabel')}
          aria-describedby="spot-marker-words"
          onClick={onTap}
          onKeyDown={onKey}
        >
          <PointPicture
            pointId={pointId}
            side={side}
            size="large"
            overlay={<SpotMarker anchor={anchor} spot={pending} pending />}
          />
        </div>
      ) : (
        <PointPicture
          pointId={pointId}
          side={side}
          highlighted
          size="large"
          overlay={estimate ? <SpotMarker anchor={anchor} spot={estimate.spot} /> : null}
          {...(yours ? { labelExtra: yours } : {})}
        />
      )}
      <div class="spot-mark">
        {isMarking ? (
          <div role="group" aria-label={t('spots.prompt')}>
            <p class="quiet">{t('spots.markHelp')}</p>
            <p id="spot-marker-words" class="spot-words" aria-live="polite">
              {markerWords(pointId, side, pending)}
            </p>
            <div class="actions">
              <button
                type="button"
                class="primary"
                onClick={() => void save({ kind: 'place', spot: pending })}
              >
                {t('spots.save')}
              </button>
              <button type="button" onClick={() => void save({ kind: 'as-shown' })}>
                {t('spots.asShown')}
              </button>
              <button type="button" onClick={() => void save({ kind: 'not-found' })}>
                {t('spots.notFound')}
              </button>
              <button type="button" onClick={() => setMarking(false)}>
                {t('spots.cancel')}
              </button>
            </div>
          </div>
        ) : (
          <button type="button" class="link-button spot-mark-open" onClick={open}>
            {t('spots.prompt')}
          </button>
        )}
        <p class="quiet spot-saved" aria-live="polite">
          {saved ? savedWords(saved, pointId) : ''}
        </p>
      </div>
    </div>
  );
}
