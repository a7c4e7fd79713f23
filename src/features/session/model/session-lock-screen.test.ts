import { describe, expect, it } from 'vitest';
import { sessionWords } from '../ui/session-words';
import { planSession } from '../core/planner';
import { defaultTiming, deriveTimeline } from '../core/timeline';
import { createFakeSessionPlatform } from '../../../../test/session-fakes';
import { artworkPath, mediaStepOf } from './session-lock-screen';
import { pointText } from '../../../i18n/point-text';
import { createSessionModel, type StartOptions } from './session-model';

const quickLeft: StartOptions = {
  painSide: 'left',
  planOptions: { holdMs: 30_000 },
  timing: defaultTiming,
  waitForMe: false,
  cueStyle: { voice: false, tones: true, vibration: false, breathSound: false },
  before: {},
};

function setup() {
  const fake = createFakeSessionPlatform();
  const model = createSessionModel(fake.platform, {
    epochNowMs: () => 1_700_000_000_000 + fake.nowMs(),
    newId: () => 'session-1',
    words: sessionWords,
  });
  return { fake, model };
}

describe('the lock-screen player', () => {
  it('names the point and side, the step number and the picture of that side', () => {
    const timeline = deriveTimeline(planSession('left', { holdMs: 30_000 }));
    const index = timeline.plan.steps.findIndex((step) => step.pointId === 'EX-UE8');
    const step = timeline.plan.steps[index]!;
    expect(mediaStepOf(timeline, index, sessionWords)).toEqual({
      title: `${pointText('EX-UE8').name} · ${step.side} hand`,
      subtitle: `Step ${index + 1} of ${timeline.plan.steps.length}`,
      album: 'Acupress session',
      artwork: [
        { src: `/artwork/EX-UE8-${step.side}-128.png`, sizePx: 128 },
        { src: `/artwork/EX-UE8-${step.side}-256.png`, sizePx: 256 },
        { src: `/artwork/EX-UE8-${step.side}.png`, sizePx: 512 },
      ],
    });
    expect(mediaStepOf(timeline, timeline.plan.steps.length, sessionWords)).toBeNull();
  });

  it('shows each step as the session reaches it, and clears when the session ends', async () => {
    const { fake, model } = setup();
    await model.start(quickLeft);
    const timeline = model.timeline.value!;
    fake.run(timeline.steps[1]!.startMs + 200);
    const titles = fake.log.mediaSteps.map((step) => step.subtitle);
    expect(titles).toEqual([
      `Step 1 of ${timeline.plan.steps.length}`,
      `Step 2 of ${timeline.plan.steps.length}`,
    ]);
    const second = timeline.plan.steps[1]!;
    expect(fake.log.mediaSteps[1]?.artwork.at(-1)?.src).toBe(
      artworkPath(second.pointId, second.side),
    );
    model.end();
    expect(fake.log.media.at(-1)).toEqual({ title: '', state: 'none' });
  });

  it('puts the whole session on the position bar, and the time into it', async () => {
    const { fake, model } = setup();
    await model.start(quickLeft);
    const totalMs = model.timeline.value!.totalMs;
    expect(fake.log.mediaPositions[0]).toEqual({
      durationMs: totalMs,
      positionMs: 0,
      playbackRate: 1,
    });
    const count = fake.log.mediaPositions.length;
    // While it plays the browser moves the bar itself: nothing more is sent, even at a new step.
    fake.run(model.timeline.value!.steps[1]!.startMs + 1_000);
    expect(fake.log.mediaPositions).toHaveLength(count);
    model.pause();
    expect(fake.log.media.at(-1)?.state).toBe('paused');
    expect(fake.log.mediaPositions.at(-1)).toEqual({
      durationMs: totalMs,
      positionMs: model.elapsedNow(),
      playbackRate: 1,
    });
  });

  it('seeks anywhere in the session from the position bar', async () => {
    const { fake, model } = setup();
    await model.start(quickLeft);
    fake.run(2_000);
    const secondStep = model.timeline.value!.steps[1]!;
    fake.media()?.seekTo(secondStep.startMs + 5_000);
    expect(model.elapsedNow()).toBe(secondStep.startMs + 5_000);
    expect(model.positionNow()?.stepIndex).toBe(1);
    expect(fake.log.mediaPositions.at(-1)?.positionMs).toBe(secondStep.startMs + 5_000);
    // Past the end: the session's end.
    fake.media()?.seekTo(10 * 60 * 60_000);
    expect(model.status.value).toBe('done');
  });

  it('stops at a wait-for-me gate as paused, and play there means Ready', async () => {
    const { fake, model } = setup();
    await model.start({ ...quickLeft, waitForMe: true });
    fake.run(15_000);
    expect(model.isWaiting()).toBe(true);
    expect(fake.log.media.at(-1)?.state).toBe('paused');
    fake.media()?.play();
    expect(model.isWaiting()).toBe(false);
    fake.run(1_000);
    expect(fake.log.media.at(-1)?.state).toBe('playing');
    expect(model.positionNow()?.segment?.kind).toBe('hold');
  });
});
