import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import { t } from '../../../i18n/i18n';
import { services } from '../../../services';
import { createCameraFinder, type CameraFinder as Finder } from '../model/camera-model';
import type { HandPointId } from '../core/hand-points';
import type { Side } from '../../guide';
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

const clock = { nowMs: () => performance.now() };
const nextFrame = () => new Promise<void>((resolve) => requestAnimationFrame(() => resolve()));
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
  useEffect(() => {
    let live = true;
    services()
      .loadCameraPlatform()
      .then(
        (loaded) => live && setPlatform(loaded),
        () => live && setFailed(true),
      );
    return () => {
      live = false;
    };
  }, []);
  const finder = useMemo(
    () => (platform ? createCameraFinder({ platform, clock, pointId, side, nextFrame }) : null),
    [platform, pointId, side, attempt],
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
    <section
      class="camera-finder"
      aria-labelledby="camera-title"
      data-frames={finder?.framesSeen.value ?? 0}
    >
      <Heading id="camera-title">{t('camera.title')}</Heading>
      <p>{t('camera.intro', { hand })}</p>
      {finder ? <LiveView finder={finder} /> : null}
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

function LiveView({ finder }: { finder: Finder }) {
  const video = useRef<HTMLVideoElement>(null);
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
  return (
    <div class="camera-view">
      <video ref={video} muted playsInline autoPlay aria-label={t('camera.video')} />
      {overlay && tracking ? (
        <svg
          class="camera-overlay"
          viewBox={`0 0 ${overlay.frameWidth} ${overlay.frameHeight}`}
          preserveAspectRatio="xMidYMid slice"
          aria-hidden="true"
          data-testid="camera-zone"
          data-x={Math.round(overlay.zone.centre.x)}
          data-y={Math.round(overlay.zone.centre.y)}
          data-r={Math.round(overlay.zone.radius)}
        >
          <circle
            class="camera-zone"
            cx={overlay.zone.centre.x}
            cy={overlay.zone.centre.y}
            r={overlay.zone.radius}
          />
          <circle
            class="camera-spot"
            cx={overlay.zone.centre.x}
            cy={overlay.zone.centre.y}
            r={Math.max(3, overlay.zone.radius * 0.18)}
          />
        </svg>
      ) : null}
    </div>
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
