import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import { formatDuration } from '../../../i18n/durations';
import { locale, t, tCount, type MessageKey } from '../../../i18n/i18n';
import { pointText } from '../../../i18n/point-text';
import { useApp } from '../../../app-context';
import type { Readings } from '../../../domain/records/session-entry';
import type { SessionModel } from '../model/session-model';
import { sideLabel } from './session-words';
import { computed } from '@preact/signals';
import { movePoint, setupPresets, type RoutineSummary } from '../model/session-setup';
import { createSetupModel } from '../model/setup-model';
import { playbackOf, playbacks, type Playback } from '../core/checkpoint';
import { PlanError } from '../core/planner';
import { painSides, findPoint } from '../../../domain/points';
import { breathPhaseLimitsMs, isBreathPhaseMs } from '../core/timeline';
import { StopSignsLine } from '../../../shared/ui/stop-signs-line';
import { BeforeReadings } from './before-readings';
import { TurnCheck } from '../../turn/ui';
import './setup.css';

const breathLimitsS = {
  min: breathPhaseLimitsMs.min / 1000,
  max: breathPhaseLimitsMs.max / 1000,
} as const;
/** How long the set-up's choices rest before the track is rendered for them. */
const cueDelayMs = 300;
const playbackWords = {
  'lock-screen': {
    label: 'session.playback.lockScreen',
    help: 'session.playback.lockScreenHelp',
  },
  'over-music': {
    label: 'session.playback.overMusic',
    help: 'session.playback.overMusicHelp',
  },
} as const satisfies Record<Playback, { label: MessageKey; help: MessageKey }>;

/** "9 steps, about 10 minutes, 1 minute a point", or why there is no routine. */
function routineLine(summary: RoutineSummary): string {
  if (summary.kind === 'invalid') return t('session.customInvalid');
  if (summary.kind === 'empty') return t('session.previewEmpty');
  return t('session.routineLine', {
    steps: tCount('session.routineSteps', summary.steps),
    minutes: tCount('session.routineMinutes', summary.minutes),
    hold: formatDuration(summary.holdMs),
  });
}

/**
 * Set-up on one phone screen: where it hurts (the one choice that changes the plan), the routine
 * in one line, the stop signs and Start. The rest (hold length, pacing, cues, playback, the
 * points and their order, the preview) is behind "Change the routine", and the optional ratings
 * behind "Rate your neck first"; every choice is remembered for next time.
 */
export function SetupView({ model }: { model: SessionModel }) {
  const { settings, health } = useApp();
  // The screen's own model: its choices, and what follows from them, derived once per change.
  const choices = useMemo(
    () =>
      createSetupModel({
        settings,
        isPregnant: computed(() => health.answers.value.isPregnant),
        language: locale,
      }),
    [settings, health],
  );
  const setup = choices.setup.value;
  const [before, setBefore] = useState<Readings>({});
  const [customText, setCustomText] = useState(String(Math.round(setup.customHoldMs / 1000)));
  const [breathText, setBreathText] = useState({
    breathInMs: String(setup.breathInMs / 1000),
    breathOutMs: String(setup.breathOutMs / 1000),
  });
  const { update } = choices;
  const plan = choices.plan.value;
  const summary = choices.summary.value;
  const startOptions = choices.startOptions.value;
  const isPregnant = health.answers.value.isPregnant;

  // The track is rendered as the screen opens and whenever the choices rest, so that Start
  // plays it at once.
  const hasCued = useRef(false);
  useEffect(() => {
    if (!startOptions) return;
    const cue = () => model.cueTrack(startOptions);
    const timer = setTimeout(cue, hasCued.current ? cueDelayMs : 0);
    hasCued.current = true;
    return () => clearTimeout(timer);
  }, [model, startOptions]);

  const onStart = (event: Event) => {
    event.preventDefault();
    if (startOptions) void model.start({ ...startOptions, before });
  };

  return (
    <form
      class="setup"
      onSubmit={onStart}
      onPointerDown={() => model.warmUpAudio(playbackOf(setup.cueStyle))}
      onKeyDown={() => model.warmUpAudio(playbackOf(setup.cueStyle))}
    >
      <h1>{t('session.setupTitle')}</h1>

      <fieldset class="pain-side">
        <legend>{t('session.whereHurts')}</legend>
        <div class="choices side-choices">
          {painSides.map((side) => (
            <label key={side} class="choice">
              <input
                type="radio"
                name="pain-side"
                checked={setup.painSide === side}
                onChange={() => update({ painSide: side })}
              />
              {t(`session.pain.${side}`)}
            </label>
          ))}
        </div>
      </fieldset>

      <p class="routine-line" id="routine-line" aria-live="polite">
        {routineLine(summary)}
      </p>

      <details class="setup-more">
        <summary>{t('session.changeRoutine')}</summary>
        <fieldset>
          <legend>{t('session.routine')}</legend>
          <div class="choices">
            {setupPresets.map((preset) => (
              <label key={preset} class="choice">
                <input
                  type="radio"
                  name="preset"
                  checked={setup.preset === preset}
                  onChange={() => update({ preset })}
                />
                {t(`session.preset.${preset}`)}
              </label>
            ))}
          </div>
          {setup.preset === 'custom' && (
            <p>
              <label for="custom-seconds">{t('session.customSeconds')}</label>
              <input
                id="custom-seconds"
                type="number"
                inputMode="numeric"
                min={20}
                max={600}
                step={1}
                value={customText}
                aria-describedby={plan instanceof PlanError ? 'custom-error' : undefined}
                aria-invalid={plan instanceof PlanError}
                onInput={(event) => {
                  const text = event.currentTarget.value;
                  setCustomText(text);
                  const seconds = Number(text);
                  update({
                    customHoldMs: Number.isFinite(seconds) ? Math.round(seconds * 1000) : 0,
                  });
                }}
              />
            </p>
          )}
          {plan instanceof PlanError && (
            <p id="custom-error" role="alert" class="alert">
              {t('session.customInvalid')}
            </p>
          )}
        </fieldset>

        <fieldset>
          <legend>{t('session.pacing')}</legend>
          <label class="choice">
            <input
              type="radio"
              name="pacing"
              checked={!setup.waitForMe}
              onChange={() => update({ waitForMe: false })}
            />
            {t('session.auto', { seconds: Math.round(setup.transitionMs / 1000) })}
          </label>
          <label class="choice">
            <input
              type="radio"
              name="pacing"
              checked={setup.waitForMe}
              onChange={() => update({ waitForMe: true })}
            />
            {t('session.waitForMe')}
          </label>
        </fieldset>

        <fieldset>
          <legend>{t('session.cues')}</legend>
          {(['voice', 'tones', 'vibration', 'breathSound'] as const).map((cue) => (
            <label key={cue} class="choice">
              <input
                type="checkbox"
                checked={setup.cueStyle[cue]}
                onChange={(event) =>
                  update({ cueStyle: { ...setup.cueStyle, [cue]: event.currentTarget.checked } })
                }
              />
              {t(`session.cue.${cue}`)}
            </label>
          ))}
        </fieldset>

        <fieldset>
          <legend>{t('session.playback')}</legend>
          {playbacks.map((value) => (
            <div key={value} class="choice-with-help">
              <label class="choice">
                <input
                  type="radio"
                  name="playback"
                  aria-describedby={`playback-${value}-help`}
                  checked={playbackOf(setup.cueStyle) === value}
                  onChange={() => {
                    update({ cueStyle: { ...setup.cueStyle, playback: value } });
                    model.warmUpAudio(value);
                  }}
                />
                {t(playbackWords[value].label)}
              </label>
              <p id={`playback-${value}-help`} class="quiet choice-help">
                {t(playbackWords[value].help)}
              </p>
            </div>
          ))}
        </fieldset>

        <details>
          <summary>{t('session.breathing')}</summary>
          <div class="breath-inputs">
            {(['breathInMs', 'breathOutMs'] as const).map((field) => (
              <p key={field}>
                <label for={field}>
                  {t(field === 'breathInMs' ? 'session.breathIn' : 'session.breathOut')}
                </label>
                <input
                  id={field}
                  type="number"
                  min={breathLimitsS.min}
                  max={breathLimitsS.max}
                  step={1}
                  value={breathText[field]}
                  aria-describedby="breath-limits"
                  aria-invalid={!isBreathPhaseMs(Number(breathText[field]) * 1000)}
                  onInput={(event) => {
                    const text = event.currentTarget.value;
                    setBreathText({ ...breathText, [field]: text });
                    const ms = Number(text) * 1000;
                    if (isBreathPhaseMs(ms)) update({ [field]: ms });
                  }}
                />
              </p>
            ))}
          </div>
          <p id="breath-limits" class="quiet">
            {t('session.breathLimits', breathLimitsS)}
          </p>
        </details>

        <fieldset>
          <legend>{t('session.points')}</legend>
          {isPregnant && <p class="note">{t('session.pregnancyOn')}</p>}
          <p class="quiet">{t('session.pointsHelp')}</p>
          <ol class="point-order">
            {setup.order.map((id, index) => {
              const point = findPoint(id);
              const name = pointText(id).name;
              const excluded = isPregnant && point.isAvoidedInPregnancy;
              return (
                <li key={id}>
                  <label class="choice">
                    <input
                      type="checkbox"
                      disabled={excluded}
                      checked={!excluded && !setup.leaveOut.includes(id)}
                      onChange={(event) =>
                        update({
                          leaveOut: event.currentTarget.checked
                            ? setup.leaveOut.filter((other) => other !== id)
                            : [...setup.leaveOut, id],
                        })
                      }
                    />
                    {t('session.includePoint', { name })}
                  </label>
                  <span class="order-buttons">
                    <button
                      type="button"
                      aria-label={t('session.moveUp', { name })}
                      disabled={index === 0}
                      onClick={() => update({ order: movePoint(setup.order, id, -1) })}
                    >
                      ↑
                    </button>
                    <button
                      type="button"
                      aria-label={t('session.moveDown', { name })}
                      disabled={index === setup.order.length - 1}
                      onClick={() => update({ order: movePoint(setup.order, id, 1) })}
                    >
                      ↓
                    </button>
                  </span>
                </li>
              );
            })}
          </ol>
        </fieldset>

        <section aria-labelledby="preview-title" class="preview">
          <h2 id="preview-title">{t('session.preview')}</h2>
          {plan instanceof PlanError || plan.steps.length === 0 ? (
            <p>{t('session.previewEmpty')}</p>
          ) : (
            <>
              <ol>
                {plan.steps.map((step, index) => {
                  const point = findPoint(step.pointId);
                  const params = {
                    point: pointText(point.id).name,
                    side: sideLabel(point.region, step.side),
                    duration: formatDuration(step.durationMs),
                  };
                  return (
                    <li key={index}>
                      {step.technique.kind === 'pulse'
                        ? t('session.previewPulse', params)
                        : t('session.previewStep', params)}
                    </li>
                  );
                })}
              </ol>
              <p>
                <strong>
                  {t('session.previewTotal', {
                    duration: formatDuration(summary.kind === 'routine' ? summary.totalMs : 0),
                  })}
                </strong>
              </p>
            </>
          )}
        </section>
      </details>

      <details class="setup-more">
        <summary>{t('session.rateFirst')}</summary>
        <BeforeReadings value={before} onChange={setBefore} />
        <TurnCheck moment="before" />
      </details>

      <StopSignsLine />

      {model.lockedElsewhere.value && (
        <p role="alert" class="alert">
          {t('session.lockedElsewhere')}
        </p>
      )}
      <p class="setup-start">
        <button type="submit" class="primary big" disabled={!startOptions}>
          {t('session.start')}
        </button>
      </p>
    </form>
  );
}
