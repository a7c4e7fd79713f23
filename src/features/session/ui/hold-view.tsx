import type { JSX } from 'preact';
import { useEffect, useRef, useState } from 'preact/hooks';
import { formatClock, formatDuration } from '../../../i18n/durations';
import { t } from '../../../i18n/i18n';
import { pointText } from '../../../i18n/point-text';
import { moreTimeMs, type SessionModel } from '../model/session-model';
import { sideLabel } from './session-words';
import { findPoint } from '../../../domain/points';
import type { Position } from '../core/timeline';
import { StepSpotPicture } from '../../spots/ui';
import { isHandPointId, loadCameraFinder, type CameraFinderProps } from '../../camera/ui';
import { PlayerHelpLink, StopSignsDisclosure, StopSignsNotice } from './stop-signs';
import { SoundStoppedNotice } from './sound-stopped';
import { useApp } from '../../../app-context';
import type { SettingsStore } from '../../../shared/ports';
import { playbackOf } from '../core/checkpoint';
import { loadSetup } from '../model/session-setup';
import { skinCautionList } from '../../safety/ui';

type CameraFinderComponent = (props: CameraFinderProps) => JSX.Element;

/** "Play over my music" was chosen at set-up: the screen says the cues may stop on a lock. */
function isOverMusicChosen(settings: SettingsStore): boolean {
  return playbackOf(loadSetup(settings).cueStyle) === 'over-music';
}

/** What the screen shows; it changes a few times a second at most, so renders stay rare. */
function viewKey(position: Position | null, paused: boolean, waiting: boolean): string {
  if (!position) return 'none';
  return [
    position.stepIndex,
    position.segment?.kind,
    position.segment?.startMs,
    Math.ceil(position.holdRemainingMs / 1000),
    Math.ceil(position.segmentRemainingMs / 1000),
    position.breath?.phase,
    paused,
    waiting,
  ].join('|');
}

function usePrefersReducedMotion(): boolean {
  const [reduced, setReduced] = useState(
    () => globalThis.matchMedia?.('(prefers-reduced-motion: reduce)').matches ?? false,
  );
  useEffect(() => {
    const query = globalThis.matchMedia?.('(prefers-reduced-motion: reduce)');
    const onChange = () => setReduced(query?.matches ?? false);
    query?.addEventListener('change', onChange);
    return () => query?.removeEventListener('change', onChange);
  }, []);
  return reduced;
}

/** The hold: derived from the session clock on each animation frame; nothing counts ticks. */
export function HoldView({ model }: { model: SessionModel }) {
  const { settings } = useApp();
  const [position, setPosition] = useState<Position | null>(() => model.positionNow());
  const ringRef = useRef<HTMLDivElement>(null);
  const keyRef = useRef('');
  const reducedMotion = usePrefersReducedMotion();
  const [spokenTime, setSpokenTime] = useState('');
  // Camera mode loads only when asked for, and closes (camera off) when the step changes.
  const [Camera, setCamera] = useState<CameraFinderComponent | null>(null);
  const openCamera = () => void loadCameraFinder().then((finder) => setCamera(() => finder));
  const headingRef = useRef<HTMLHeadingElement>(null);
  const pauseRef = useRef<HTMLButtonElement>(null);
  // Ready goes away as the hold starts: focus moves to Pause, the hold's main control, rather
  // than falling to the page (a keyboard user's next Space then pauses, as it says).
  const onReady = () => {
    model.ready();
    pauseRef.current?.focus();
  };

  useEffect(() => {
    let frame = 0;
    const draw = () => {
      const next = model.positionNow();
      const key = viewKey(next, model.isPaused(), model.isWaiting());
      if (key !== keyRef.current) {
        keyRef.current = key;
        setPosition(next);
      }
      const ring = ringRef.current;
      if (ring && next?.breath && !reducedMotion) {
        const { phase, progress } = next.breath;
        const eased = 0.5 - Math.cos(Math.PI * progress) / 2;
        const scale = phase === 'in' ? 0.6 + 0.4 * eased : 1 - 0.4 * eased;
        ring.style.transform = `scale(${scale.toFixed(3)})`;
      }
      frame = requestAnimationFrame(draw);
    };
    frame = requestAnimationFrame(draw);
    return () => cancelAnimationFrame(frame);
  }, [model, reducedMotion]);

  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      const target = event.target as HTMLElement | null;
      if (event.code !== 'Space' || event.repeat) return;
      if (target?.closest('button, a, input, select, textarea, summary, [role="button"]')) return;
      event.preventDefault();
      model.togglePause();
    };
    // Safari suspends or interrupts audio; any next gesture on the page resumes it.
    const onGesture = () => {
      const audio = model.audioState.value;
      if (audio === 'suspended' || audio === 'interrupted') void model.resumeAudio();
    };
    document.addEventListener('pointerdown', onGesture);
    document.addEventListener('keydown', onGesture);
    document.addEventListener('keydown', onKey);
    return () => {
      document.removeEventListener('keydown', onKey);
      document.removeEventListener('pointerdown', onGesture);
      document.removeEventListener('keydown', onGesture);
    };
  }, [model]);

  const timeline = model.timeline.value;
  const step = position && timeline ? timeline.plan.steps[position.stepIndex] : undefined;

  useEffect(() => {
    headingRef.current?.focus();
    setCamera(null);
  }, [position?.stepIndex]);

  if (!timeline || !position || !step) return <p aria-busy="true">{t('common.loading')}</p>;
  const point = findPoint(step.pointId);
  const text = pointText(point.id);
  const side = sideLabel(point.region, step.side);
  const paused = model.isPaused();
  const waiting = model.isWaiting();
  const kind = position.segment?.kind;
  const isPrepare = kind === 'prepare' || waiting;
  const audio = model.audioState.value;
  const isOverMusic = isOverMusicChosen(settings);

  return (
    <section class={`hold player${isPrepare ? ' is-prepare' : ''}`} aria-labelledby="hold-title">
      <p class="quiet step-count">
        {t('session.stepOf', { number: position.stepIndex + 1, total: timeline.plan.steps.length })}
      </p>
      <h1 id="hold-title" tabIndex={-1} ref={headingRef}>
        {text.name} <span class="hold-side">{side}</span>
      </h1>

      <div aria-live="polite" class="visually-hidden">
        {model.announcement.value}
      </div>

      {(audio === 'suspended' || audio === 'interrupted') && !paused && (
        <div role="alert" class="alert player-alert">
          <p>{t('session.audioStopped')}</p>
          <button type="button" onClick={() => void model.resumeAudio()}>
            {t('session.audioResume')}
          </button>
        </div>
      )}
      <SoundStoppedNotice model={model} />
      <div class="player-notes">
        {audio === 'unavailable' && <p class="quiet">{t('session.noAudio')}</p>}
        {model.isVoiceMissing() && <p class="quiet">{t('session.noVoice')}</p>}
        {model.wakeLockState.value === 'unsupported' && (
          <p class="quiet">{t('session.noWakeLock')}</p>
        )}
        {isOverMusic && <p class="quiet">{t('session.overMusicNote')}</p>}
      </div>

      <div class="hold-body">
        <div class="player-picture">
          <StepSpotPicture key={`${point.id}-${step.side}`} pointId={point.id} side={step.side} />
        </div>
        <div class="hold-status">
          {isPrepare ? (
            <div class="prepare">
              {waiting ? (
                <p class="starts-in">{t('session.waiting')}</p>
              ) : (
                <p class="starts-in" aria-live="off">
                  {t('session.startsIn', {
                    seconds: Math.ceil(position.segmentRemainingMs / 1000),
                  })}
                </p>
              )}
              <div class="actions">
                <button type="button" class="primary" onClick={onReady}>
                  {waiting ? t('session.ready') : t('session.readyAuto')}
                </button>
              </div>
            </div>
          ) : position.pulse ? (
            <p class={`pulse ${kind === 'press' ? 'is-press' : 'is-release'}`}>
              <span class="pulse-word">
                {kind === 'press' ? t('session.cue.press') : t('session.cue.release')}
              </span>
              <span class="pulse-count">
                {t('session.pressCount', {
                  number: position.pulse.number,
                  of: position.pulse.of,
                })}
              </span>
            </p>
          ) : (
            <div class="pacer" aria-hidden={reducedMotion ? undefined : 'true'}>
              <div class="pacer-ring" ref={ringRef} />
              <p class="pacer-text">
                {position.breath?.phase === 'out'
                  ? t('session.breatheOut')
                  : t('session.breatheIn')}
              </p>
            </div>
          )}
        </div>
      </div>

      <p class="remaining">
        <span class="quiet">{t('session.remaining')}</span>
        <span class="remaining-time" role="timer" aria-live="off">
          {formatClock(position.holdRemainingMs)}
        </span>
        {paused && <span class="badge warn">{t('session.paused')}</span>}
      </p>
      <p class="cue-line">{model.lastCueText.value}</p>

      {isPrepare && (
        <div class="prepare-details">
          <p>
            <strong>{t('session.findIt')}</strong> {text.findShort}
          </p>
          <p class="note">{t('session.skinCheck', { list: skinCautionList() })}</p>
          {(position.stepIndex === 0 || point.id === 'GB20') && <StopSignsNotice />}
          {point.id === 'GB20' && <p class="alert">{t('session.fengchiCaution')}</p>}
          {(point.region === 'head' || point.region === 'shoulder') && (
            <p class="quiet">{t('session.neckNote')}</p>
          )}
          {isHandPointId(point.id) &&
            (Camera ? (
              <Camera pointId={point.id} side={step.side} onClose={() => setCamera(null)} />
            ) : (
              <p>
                <button type="button" onClick={openCamera}>
                  {t('camera.open')}
                </button>
              </p>
            ))}
          <div class="actions">
            <button type="button" onClick={() => model.skipSide()}>
              {t('session.skipSide')}
            </button>
            <button type="button" onClick={() => model.skipPoint()}>
              {t('session.skipPoint')}
            </button>
          </div>
        </div>
      )}

      <div class="controls" role="group" aria-label={t('session.title')}>
        <button type="button" onClick={() => model.back()}>
          {t('session.back')}
        </button>
        <button type="button" class="primary" ref={pauseRef} onClick={() => model.togglePause()}>
          {paused ? t('session.resumeHold') : t('session.pause')}
        </button>
        <button type="button" onClick={() => model.skipSide()}>
          {t('session.skip')}
        </button>
        {model.canAddTime() && (
          <button type="button" onClick={() => model.addTime()}>
            {t('session.moreTime', { seconds: moreTimeMs / 1000 })}
          </button>
        )}
        <button type="button" onClick={() => model.end()}>
          {t('session.end')}
        </button>
      </div>

      <div class="player-extras">
        {!isPrepare && <StopSignsDisclosure />}
        <PlayerHelpLink />
        <button
          type="button"
          class="link-button say-time"
          onClick={() =>
            setSpokenTime(
              t('session.remainingHelp', { time: formatDuration(position.holdRemainingMs) }),
            )
          }
        >
          {t('session.sayTimeLeft')}
        </button>
      </div>
      <p aria-live="polite" class="quiet player-spoken">
        {spokenTime}
      </p>
      <p class="quiet keyboard-help">{t('session.keyboardHelp')}</p>
    </section>
  );
}
