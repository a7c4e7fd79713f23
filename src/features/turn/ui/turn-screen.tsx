import { useEffect, useState } from 'preact/hooks';
import { useSignalEffect } from '@preact/signals';
import { htmlLang, t } from '../../../i18n/i18n';
import { useApp } from '../../../app-context';
import { usePageTitle } from '../../../shared/ui/page-title';
import { StopSignsLine } from '../../../shared/ui/stop-signs-line';
import { createTurnTest, type TurnPhase, type TurnTestModel } from '../model/turn-model';
import { reportCapDeg, type SideResult } from '../core/turn-test';
import type { TurnPlatform } from '../ports';
import './turn.css';

const prompts: Partial<Record<TurnPhase, Parameters<typeof t>[0]>> = {
  asking: 'turn.prompt.asking',
  rest: 'turn.prompt.rest',
  left: 'turn.prompt.left',
  middle: 'turn.prompt.middle',
  right: 'turn.prompt.right',
  back: 'turn.prompt.back',
  done: 'turn.prompt.done',
};

const running: readonly TurnPhase[] = ['asking', 'rest', 'left', 'middle', 'right', 'back'];

function sideText(side: SideResult | null): string {
  if (!side) return t('turn.notMeasured');
  return t(side.atLeast ? 'turn.degreesAtLeast' : 'turn.degrees', { n: side.degrees });
}

/** The test itself: its prompts, spoken and shown, the turn now, and the result. */
function TurnTest({
  model,
  platform,
}: {
  readonly model: TurnTestModel;
  readonly platform: TurnPlatform;
}) {
  const { voice, tone } = platform;
  const [confirmed, setConfirmed] = useState(false);
  const [withTone, setWithTone] = useState(true);
  const phase = model.phase.value;
  const prompt = prompts[phase];
  useSignalEffect(() => {
    const key = prompts[model.phase.value];
    const lang = htmlLang.value;
    if (key && voice.hasVoice(lang)) {
      voice.cancel();
      voice.speak(t(key), lang);
    }
  });
  // The tone follows the turn while the test runs, and stops with it.
  useSignalEffect(() => {
    const isRunning = running.includes(model.phase.value);
    const yaw = model.yawDeg.value;
    if (!isRunning) tone.stop();
    else if (yaw !== null) tone.setLevel(Math.abs(yaw) / reportCapDeg);
  });
  useEffect(
    () => () => {
      voice.cancel();
      tone.stop();
    },
    [voice, tone],
  );
  const begin = () => {
    if (withTone) tone.play();
    void model.start();
  };
  const result = model.result.value;
  const yaw = model.yawDeg.value;

  if (phase === 'unsupported' || phase === 'denied' || phase === 'no-readings') {
    return (
      <p class="turn-problem" role="alert">
        {t(`turn.problem.${phase}`)}
      </p>
    );
  }
  if (running.includes(phase)) {
    return (
      <section class="turn-running" aria-labelledby="turn-prompt">
        <p id="turn-prompt" class="turn-prompt" aria-live="assertive">
          {prompt ? t(prompt) : ''}
        </p>
        <p class="turn-angle" aria-hidden="true">
          {yaw === null ? '' : t('turn.angle', { n: Math.abs(Math.round(yaw)) })}
        </p>
        <StopSignsLine />
        <button
          type="button"
          class="button turn-stop"
          onClick={() => {
            tone.stop();
            model.stop();
          }}
        >
          {t('turn.stop')}
        </button>
      </section>
    );
  }
  if (phase === 'done' && result) {
    return (
      <section class="turn-result" aria-labelledby="turn-result">
        <p id="turn-result" class="turn-result-line" role="status">
          {t('turn.result', { left: sideText(result.left), right: sideText(result.right) })}
        </p>
        <p>{t('turn.resultNote')}</p>
        <button type="button" class="button" onClick={begin}>
          {t('turn.again')}
        </button>
      </section>
    );
  }
  return (
    <section class="turn-intro">
      {phase === 'stopped' ? (
        <p role="status">
          {t('turn.stopped')} <a href="/help">{t('turn.help')}</a>
        </p>
      ) : null}
      <h2>{t('turn.how')}</h2>
      <p>{t('turn.howBody')}</p>
      <p class="turn-comfort">{t('turn.comfort')}</p>
      <StopSignsLine />
      <p>
        <label class="turn-confirm">
          <input
            type="checkbox"
            checked={confirmed}
            onChange={(event) => setConfirmed(event.currentTarget.checked)}
          />{' '}
          {t('turn.confirm')}
        </label>
      </p>
      <p>
        <label class="turn-confirm">
          <input
            type="checkbox"
            checked={withTone}
            onChange={(event) => setWithTone(event.currentTarget.checked)}
          />{' '}
          {t('turn.tone')}
        </label>
      </p>
      <button type="button" class="button primary" disabled={!confirmed} onClick={begin}>
        {t('turn.start')}
      </button>
    </section>
  );
}

/**
 * /turn: the turn test (issue 29). Offered only after the safety check, and never to someone
 * who told us of a recent neck injury (clinical.md: never to someone whose screening found a
 * neck injury or dizziness on turning; the list's own items cover both, and the test asks again).
 */
export function TurnScreen() {
  const app = useApp();
  usePageTitle(t('turn.title'));
  const [loaded, setLoaded] = useState<{ model: TurnTestModel; platform: TurnPlatform } | null>(
    null,
  );
  const isScreened = app.health.isScreeningDone.value;
  const isInjured = app.health.answers.value.conditions?.includes('recent-injury') ?? false;
  const isOffered = isScreened && !isInjured;
  useEffect(() => {
    if (!isOffered) return undefined;
    let model: TurnTestModel | undefined;
    let isGone = false;
    void app.loadTurnPlatform().then((platform) => {
      if (isGone) return;
      model = createTurnTest(platform.motion, (ms, fn) => {
        const id = setTimeout(fn, ms);
        return () => clearTimeout(id);
      });
      setLoaded({ model, platform });
    });
    return () => {
      isGone = true;
      model?.dispose();
    };
  }, [app, isOffered]);

  return (
    <section class="turn-screen" aria-labelledby="turn-title">
      <h1 id="turn-title">{t('turn.title')}</h1>
      <h2>{t('turn.what')}</h2>
      <p>{t('turn.whatBody')}</p>
      <p>{t('turn.limits')}</p>
      {!isScreened ? (
        <p>
          {t('turn.needsScreening')} <a href="/safety">{t('turn.screeningLink')}</a>
        </p>
      ) : isInjured ? (
        <p role="note">{t('turn.notOffered')}</p>
      ) : loaded ? (
        <TurnTest model={loaded.model} platform={loaded.platform} />
      ) : null}
    </section>
  );
}
