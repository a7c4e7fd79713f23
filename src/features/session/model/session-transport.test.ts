import { describe, expect, it } from 'vitest';
import { nextPointStartMs, nextStepStartMs } from '../core/timeline';
import { createTestCore } from '../../../../test/session-core-fakes';
import { createToneSound } from './tone-sound';
import { createCueEffects } from './cue-effects';
import { createCheckpointing } from './session-checkpoint';
import { createTransport } from './session-transport';
import { moreTimeMs } from './session-types';

function setup(...args: Parameters<typeof createTestCore>) {
  const test = createTestCore(...args);
  test.core.sound = createToneSound(test.core);
  const checkpoints = createCheckpointing(test.core, { id: 's', startedAtEpochMs: 0 });
  let ticks = 0;
  const transport = createTransport(test.core, createCueEffects(test.core), checkpoints, {
    tick: () => void (ticks += 1),
    updateMedia: () => {},
  });
  return { ...test, transport, ticks: () => ticks };
}

describe('the transport', () => {
  it('pauses and resumes the clock where it was, announcing the pause', () => {
    const { core, fake, transport } = setup();
    fake.run(4_000);
    transport.pause();
    fake.run(3_000);
    expect(core.sound.elapsed()).toBe(4_000);
    expect(core.announcement.value).toBe('Paused');
    transport.togglePause();
    fake.run(1_000);
    expect(core.sound.elapsed()).toBe(5_000);
  });

  it('skips to the next step or point, marking the steps jumped over as skipped', () => {
    const { core, transport, timeline } = setup();
    transport.skipSide();
    expect(core.sound.elapsed()).toBe(nextStepStartMs(timeline, 0));
    expect(core.outcomes.get(0)).toBe('skipped');
    transport.skipPoint();
    expect(core.sound.elapsed()).toBe(nextPointStartMs(timeline, nextStepStartMs(timeline, 0)));
  });

  it('goes back to the step start, opening the steps from there again', () => {
    const { core, fake, transport, timeline } = setup();
    transport.skipSide();
    fake.run(5_000);
    transport.back();
    expect(core.sound.elapsed()).toBe(timeline.steps[1]!.startMs);
    expect(core.outcomes.has(1)).toBe(false);
  });

  it('waits at a gate in wait-for-me mode after a move, and Ready passes it', () => {
    const { core, fake, transport, timeline } = setup({ waitForMe: true });
    transport.skipSide();
    expect(core.clock.value?.gateMs).toBe(timeline.steps[1]!.holdStartMs);
    expect(transport.gateFor(0)).toBe(timeline.steps[0]!.holdStartMs);
    fake.run(timeline.steps[1]!.holdStartMs);
    expect(core.sound.isWaiting()).toBe(true);
    transport.ready();
    fake.run(1_000);
    expect(core.sound.elapsed()).toBe(timeline.steps[1]!.holdStartMs + 1_000);
  });

  it('adds 30 seconds to a hold, moving everything after it', () => {
    const { core, fake, transport, timeline } = setup();
    fake.run(timeline.steps[0]!.holdStartMs + 2_000);
    expect(transport.canAddTime()).toBe(true);
    expect(transport.addTime()).toBe(true);
    expect(core.timeline.value!.totalMs).toBe(timeline.totalMs + moreTimeMs);
  });

  it('seeks anywhere in the session, clamped to it', () => {
    const { core, transport, timeline } = setup();
    transport.seekTo(12_345);
    expect(core.sound.elapsed()).toBe(12_345);
    transport.seekTo(-50);
    expect(core.sound.elapsed()).toBe(0);
    transport.seekTo(Number.NaN);
    expect(core.sound.elapsed()).toBe(0);
    transport.seekTo(timeline.totalMs * 2);
    expect(core.sound.elapsed()).toBe(timeline.totalMs);
  });
});
