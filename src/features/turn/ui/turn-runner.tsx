import { useEffect, useState } from 'preact/hooks';
import type { ComponentChildren } from 'preact';
import { useSignalEffect } from '@preact/signals';
import { htmlLang, t } from '../../../i18n/i18n';
import { useApp } from '../../../app-context';
import { StopSignsLine } from '../../../shared/ui/stop-signs-line';
import { createTurnTest, type TurnPhase, type TurnTestModel } from '../model/turn-model';
import {
  reportCapDeg,
  smallestRealChangeDeg,
  type Change,
  type SideResult,
  type TurnResult,
} from '../core/turn-test';
import type { SaveOutcome } from '../model/turn-results';
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

export function sideText(side: SideResult | null | undefined): string {
  if (!side) return t('turn.notMeasured');
  return t(side.atLeast ? 'turn.degreesAtLeast' : 'turn.degrees', { n: side.degrees });
}

/** "Left 52°, right 38°." */
export function resultText(result: TurnResult): string {
  return t('turn.result', { left: sideText(result.left), right: sideText(result.right) });
}

/** "Left 52°, right 38°", inside a sentence. */
export function resultPlainText(result: TurnResult): string {
  return t('turn.resultPlain', { left: sideText(result.left), right: sideText(result.right) });
}

/** One side's change in words: "+9° to the right", or why none is shown. */
export function changeText(change: Change, side: 'left' | 'right'): string {
  switch (change.kind) {
    case 'more':
      return t(change.atLeast ? `turn.change.moreAtLeast.${side}` : `turn.change.more.${side}`, {
        n: change.degrees,
      });
    case 'less':
      return t(change.atLeast ? `turn.change.lessAtLeast.${side}` : `turn.change.less.${side}`, {
        n: change.degrees,
      });
    case 'within-spread':
      return t(`turn.change.within.${side}`, { n: smallestRealChangeDeg() });
    default:
      return t(`turn.change.unknown.${side}`);
  }
}

/**
 * Whether the turn test may be offered: only after the safety check, never to someone who told
 * of a recent neck injury or of dizziness when turning the head (clinical.md: the turn test is
 * never offered to someone whose screening found a neck injury or dizziness on turning).
 */
export type TurnOffer = 'needs-screening' | 'not-offered' | 'offered';

export function useTurnOffer(): TurnOffer {
  const { health } = useApp();
  if (!health.isScreeningDone.value) return 'needs-screening';
  const answers = health.answers.value;
  const isInjured = answers.conditions?.includes('recent-injury') ?? false;
  const isDizzy = answers.chosenFlags?.includes('dizzy-turning-head') ?? false;
  return isInjured || isDizzy ? 'not-offered' : 'offered';
}

/**
 * The test's model and platform, loaded when `isWanted` turns true and released when the
 * component goes away. `onResult` hears each finished test's result.
 */
export function useTurnTest(
  isWanted: boolean,
  onResult: (result: TurnResult) => void,
): { model: TurnTestModel; platform: TurnPlatform } | null {
  const app = useApp();
  const [loaded, setLoaded] = useState<{ model: TurnTestModel; platform: TurnPlatform } | null>(
    null,
  );
  const [handler] = useState(() => ({ current: onResult }));
  handler.current = onResult;
  useEffect(() => {
    if (!isWanted) return undefined;
    let model: TurnTestModel | undefined;
    let isGone = false;
    void app.loadTurnPlatform().then((platform) => {
      if (isGone) return;
      model = createTurnTest(
        platform.motion,
        (ms, fn) => {
          const id = setTimeout(fn, ms);
          return () => clearTimeout(id);
        },
        undefined,
        (result) => handler.current(result),
      );
      setLoaded({ model, platform });
    });
    return () => {
      isGone = true;
      model?.dispose();
    };
  }, [app, isWanted, handler]);
  return loaded;
}

/** What became of keeping a result, in words (nothing while it is being kept). */
export function SaveNote({ outcome }: { readonly outcome: SaveOutcome | 'saving' | null }) {
  if (outcome === null || outcome === 'saving') return null;
  if (outcome.kind === 'saved') return <p class="quiet">{t('turn.saved')}</p>;
  return (
    <p class="alert" role="alert">
      {t(outcome.kind === 'full' ? 'turn.saveFull' : 'turn.saveFailed')}
    </p>
  );
}

/** The test itself: its prompts, spoken and shown, the turn now, and the result. */
export function TurnTest({
  model,
  platform,
  headingLevel = 2,
  afterResult,
}: {
  readonly model: TurnTestModel;
  readonly platform: TurnPlatform;
  readonly headingLevel?: 2 | 3;
  /** Shown under the result (whether it was kept, the change since before). */
  readonly afterResult?: ComponentChildren;
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
  const Heading = headingLevel === 2 ? 'h2' : 'h3';

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
          {resultText(result)}
        </p>
        <p>{t('turn.resultNote')}</p>
        {afterResult}
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
      <Heading>{t('turn.how')}</Heading>
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
