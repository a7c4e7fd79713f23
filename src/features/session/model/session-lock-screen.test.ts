import { describe, expect, it } from 'vitest';
import { sessionWords } from '../ui/session-words';
import { planSession } from '../core/planner';
import { defaultTiming, deriveTimeline } from '../core/timeline';
import { createFakeSessionPlatform } from '../../../../test/session-fakes';
import { artworkPath, mediaStepOf } from './session-lock-screen';
import { pointText } from '../../guide';
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
      artwork: { src: `/artwork/EX-UE8-${step.side}.png`, sizePx: 512 },
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
    expect(fake.log.mediaSteps[1]?.artwork.src).toBe(artworkPath(second.pointId, second.side));
    model.end();
    expect(fake.log.media.at(-1)).toEqual({ title: '', state: 'none' });
  });

  it("puts the step's length and the time into it on the position bar", async () => {
    const { fake, model } = setup();
    await model.start(quickLeft);
    const span = model.timeline.value!.steps[0]!;
    expect(fake.log.mediaPositions[0]).toEqual({
      durationMs: span.endMs - span.startMs,
      positionMs: 0,
      playbackRate: 1,
    });
    const count = fake.log.mediaPositions.length;
    // While it plays the browser moves the bar itself: nothing more is sent.
    fake.run(5_000);
    expect(fake.log.mediaPositions).toHaveLength(count);
    model.pause();
    expect(fake.log.media.at(-1)?.state).toBe('paused');
    expect(fake.log.mediaPositions.at(-1)?.positionMs).toBe(model.elapsedNow() - span.startMs);
    expect(model.elapsedNow()).toBeGreaterThan(4_000);
  });

  it('seeks inside the current step from the position bar', async () => {
    const { fake, model } = setup();
    await model.start(quickLeft);
    fake.run(2_000);
    fake.media()?.seekTo(25_000);
    expect(model.elapsedNow()).toBe(25_000);
    expect(fake.log.mediaPositions.at(-1)?.positionMs).toBe(25_000);
    // Past the end of the step: the step's last moment, not the next step.
    fake.media()?.seekTo(10 * 60_000);
    expect(model.positionNow()?.stepIndex).toBe(0);
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
