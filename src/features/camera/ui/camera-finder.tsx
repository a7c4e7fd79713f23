import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import { t } from '../../../i18n/i18n';
import { useApp } from '../../../app-context';
import {
  createCameraFinder,
  type CameraFinder as Finder,
  type CameraMarkOutcome,
} from '../model/camera-model';
import { frameFromView, type HandPointId } from '../core/hand-points';
import type { Side } from '../../../domain/points';
import { markerWords, savedWords, useSpots, yourSpotWords } from '../../spots/ui';
import type { CameraPlatform } from '../ports';
import './camera.css';

export interface CameraFinderProps {
  readonly pointId: HandPointId;
  /** The hand the step asks for. */
  readonly side: Side;
  /** Called when the user closes camera mode or asks for the drawn guide; the camera is off. */
  readonly onClose: (reason: 'closed' | 'guide') => void;
  /** 1 on its own route (default); 2 inside another screen, such as the session's hold. */
  readonly headingLevel?: 1 | 2;
}

const mb = (bytes: number) => Math.round((bytes / 1_000_000) * 10) / 10;

/**
 * "Show me on my hand": the live camera picture, mirrored like a mirror, with the point's search
 * zone drawn on the user's own hand. The drawn guide is always one tap away, and the camera stops
 * the moment this view closes.
 */
export function CameraFinder({ pointId, side, onClose, headingLevel = 1 }: CameraFinderProps) {
  const Heading = headingLevel === 1 ? 'h1' : 'h2';
  const [platform, setPlatform] = useState<CameraPlatform | null>(null);
  const [failed, setFailed] = useState(false);
  const [attempt, setAttempt] = useState(0);
  const spots = useSpots();
  const { loadCameraPlatform } = useApp();
  useEffect(() => {
    let live = true;
    loadCameraPlatform().then(
      (loaded) => live && setPlatform(loaded),
      () => live && setFailed(true),
    );
    return () => {
      live = false;
    };
  }, []);
  const finder = useMemo(
    () => (platform ? createCameraFinder({ platform, pointId, side, spots }) : null),
    [platform, pointId, side, spots, attempt],
  );
  useEffect(() => {
    if (!finder) return undefined;
    void finder.open();
    const stop = () => finder.close();
    window.addEventListener('pagehide', stop);
    return () => {
      window.removeEventListener('pagehide', stop);
      finder.close();
    };
  }, [finder]);

  const close = (reason: 'closed' | 'guide') => {
    finder?.close();
    onClose(reason);
  };
  const hand = t(side === 'left' ? 'camera.hand.left' : 'camera.hand.right');

  return (
    <section class="camera-finder" aria-labelledby="camera-title">
      <Heading id="camera-title">{t('camera.title')}</Heading>
      <p>{t('camera.intro', { hand })}</p>
      {finder ? <LiveView finder={finder} pointId={pointId} side={side} hand={hand} /> : null}
      <Status
        finder={finder}
        failed={failed}
        hand={hand}
        onRetry={() => setAttempt((n) => n + 1)}
      />
      <div class="button-row camera-actions">
        <button type="button" class="primary" onClick={() => close('guide')}>
          {t('camera.guide')}
        </button>
        <button type="button" onClick={() => close('closed')}>
          {t('camera.close')}
        </button>
      </div>
      <p class="quiet">{t('camera.privacy')}</p>
      <p class="quiet">
        <a href="/licenses/mediapipe.txt">{t('camera.licence')}</a>
      </p>
    </section>
  );
}

/** Where a tap on the view falls in the camera frame's pixels (the view is mirrored). */
function tapInFrame(event: MouseEvent, frame: { width: number; height: number }) {
  const view = (event.currentTarget as HTMLElement).getBoundingClientRect();
  return frameFromView(
    { x: event.clientX - view.left, y: event.clientY - view.top },
    { width: view.width, height: view.height },
    frame,
    true,
  );
}

const arrowMoves: Readonly<Record<string, { dx: number; dy: number }>> = {
  ArrowLeft: { dx: 1, dy: 0 },
  ArrowRight: { dx: -1, dy: 0 },
  ArrowUp: { dx: 0, dy: -1 },
  ArrowDown: { dx: 0, dy: 1 },
};

function LiveView(props: { finder: Finder; pointId: HandPointId; side: Side; hand: string }) {
  const { finder, pointId, side, hand } = props;
  const video = useRef<HTMLVideoElement>(null);
  const [marked, setMarked] = useState<CameraMarkOutcome | null>(null);
  const stream = finder.stream.value;
  useEffect(() => {
    const element = video.current;
    if (!element) return;
    element.srcObject = stream;
    if (stream) void element.play().catch(() => undefined);
  }, [stream]);
  if (!stream) return null;
  const overlay = finder.overlay.value;
  const tracking = finder.state.value.kind === 'tracking';
  const shown = overlay && tracking ? overlay : null;
  const spot = shown?.spot ?? null;
  // A tap on the live hand shows the tender spot, as a tap on the step's picture does.
  const onTap = (event: MouseEvent) => {
    const at = shown
      ? tapInFrame(event, { width: shown.frameWidth, height: shown.frameHeight })
      : { x: NaN, y: NaN };
    void finder.markAt(at).then(setMarked);
  };
  // The view is a mirror: an arrow key moves the marker that way on screen, so left is the
  // frame's right.
  const onKey = (event: KeyboardEvent) => {
    const move = arrowMoves[event.key];
    if (move) {
      event.preventDefault();
      finder.moveMarker(move.dx, move.dy);
    } else if (event.key === 'Enter' && finder.marker.value) {
      event.preventDefault();
      void finder.saveMarker().then(setMarked);
    } else if (event.key === 'Escape') {
      finder.cancelMarker();
    }
  };
  const markerR = shown ? Math.max(4, shown.zone.radius * 0.42) : 0;
  const placing = finder.marker.value;
  return (
    <>
      <div
        class="camera-view"
        role="application"
        tabIndex={0}
        aria-label={t('camera.markArea')}
        aria-describedby="camera-marker-words camera-spot-help"
        onClick={onTap}
        onKeyDown={onKey}
      >
        <video ref={video} muted playsInline autoPlay aria-label={t('camera.video')} />
        {shown ? (
          <svg
            class="camera-overlay"
            viewBox={`0 0 ${shown.frameWidth} ${shown.frameHeight}`}
            preserveAspectRatio="xMidYMid slice"
            aria-hidden="true"
          >
            <circle
              class="camera-zone"
              cx={shown.zone.centre.x}
              cy={shown.zone.centre.y}
              r={shown.zone.radius}
            />
            {spot ? (
              <g class="camera-your-spot" transform={`translate(${spot.at.x} ${spot.at.y})`}>
                <circle class="camera-your-spot-back" r={markerR} />
                <circle class="camera-your-spot-ring" r={markerR} />
                <circle class="camera-your-spot-dot" r={Math.max(2, markerR * 0.3)} />
              </g>
            ) : (
              <circle
                class="camera-spot"
                cx={shown.zone.centre.x}
                cy={shown.zone.centre.y}
                r={Math.max(3, shown.zone.radius * 0.18)}
              />
            )}
            {shown.markerAt ? (
              <g
                class="camera-your-spot is-pending"
                transform={`translate(${shown.markerAt.x} ${shown.markerAt.y})`}
              >
                <circle class="camera-your-spot-back" r={markerR} />
                <circle class="camera-your-spot-ring" r={markerR} />
              </g>
            ) : null}
          </svg>
        ) : null}
      </div>
      {/* Only the keyboard's marker is announced as it moves; the rest is read on focus. */}
      <p id="camera-marker-words" class="camera-spot-words" aria-live="polite">
        {placing ? markerWords(pointId, side, placing) : ''}
      </p>
      <p id="camera-spot-help" class="camera-spot-words">
        {spot ? `${yourSpotWords(pointId, side, spot.estimate)} ` : ''}
        {shown ? t('camera.markHelp') : ''}
      </p>
      <p class="camera-marked" aria-live="polite">
        {marked === null
          ? ''
          : marked === 'no-hand'
            ? t('camera.markNoHand', { hand })
            : savedWords(marked)}
      </p>
    </>
  );
}

function Status(props: {
  finder: Finder | null;
  failed: boolean;
  hand: string;
  onRetry: () => void;
}) {
  const { finder, failed, hand, onRetry } = props;
  if (failed)
    return (
      <p class="alert" role="alert">
        {t('camera.problem.model-failed')}
      </p>
    );
  if (!finder) return <p role="status">{t('camera.starting')}</p>;
  const state = finder.state.value;
  switch (state.kind) {
    case 'idle':
    case 'starting':
      return <p role="status">{t('camera.starting')}</p>;
    case 'loading': {
      const { loadedBytes, totalBytes, fromCache } = state.progress;
      return (
        <div role="status">
          <p>
            {fromCache && loadedBytes > 0
              ? t('camera.loadingCached')
              : t('camera.loading', { loaded: mb(loadedBytes), total: mb(totalBytes) })}
          </p>
          <progress
            class="camera-progress"
            max={totalBytes}
            value={loadedBytes}
            aria-label={t('camera.progress')}
          />
          {!fromCache ? (
            <p class="quiet">{t('camera.loadingFirst', { total: mb(totalBytes) })}</p>
          ) : null}
        </div>
      );
    }
    case 'problem':
      return (
        <div class="alert" role="alert">
          <p>{t(`camera.problem.${state.problem}`)}</p>
          {state.problem !== 'no-camera' && state.problem !== 'unsupported' ? (
            <button type="button" onClick={onRetry}>
              {t('camera.retry')}
            </button>
          ) : null}
        </div>
      );
    case 'searching':
      return <p role="status">{t('camera.searching')}</p>;
    case 'no-hand':
      return <p role="status">{t('camera.noHand', { hand })}</p>;
    case 'low-light':
      return <p role="status">{t('camera.lowLight')}</p>;
    case 'wrong-hand':
      return (
        <p role="status" class="camera-warn">
          {t('camera.wrongHand', {
            hand,
            shown: t(state.shown === 'left' ? 'camera.hand.left' : 'camera.hand.right'),
          })}
        </p>
      );
    case 'palm':
      return (
        <p role="status" class="camera-warn">
          {t('camera.palm', { hand })}
        </p>
      );
    case 'tracking':
      return <p role="status">{t('camera.tracking')}</p>;
    case 'closed':
      return null;
  }
}
