import { describe, expect, it } from 'vitest';
import { gateAfter, pauseClock, seekClock } from '../core/session-clock';
import { nextStepStartMs } from '../core/timeline';
import { trackRequest } from '../core/track';
import { pauseBedRequest } from '../core/bed';
import { createTestCore } from '../../../../test/session-core-fakes';
import { createTrackSound, soundsOf, type TrackHost } from './track-sound';

function setup(...args: Parameters<typeof createTestCore>) {
  const test = createTestCore(...args);
  const heard: string[] = [];
  const host: TrackHost = {
    gateFor: (targetMs) =>
      test.core.options?.waitForMe ? gateAfter(test.timeline, targetMs) : null,
    pausedFromOutside: () => heard.push('paused'),
    playedFromOutside: () => heard.push('played'),
    partEnded: () => heard.push('ended'),
    bedEnded: (where) => heard.push(`bed-${where}`),
    fallBack: () => heard.push('fall-back'),
    playing: () => heard.push('playing'),
    progressed: () => {},
  };
  const sound = createTrackSound(test.core, host);
  test.core.sound = sound;
  // The model's worker tick, as the session runs it.
  test.fake.platform.ticker.start(100, () => sound.tick(sound.elapsed()));
  const sounds = soundsOf(test.core.options?.cueStyle);
  const part = (fromMs: number, gateMs: number | null = null) =>
    trackRequest(test.timeline, fromMs, gateMs, sounds);
  return { ...test, sound, heard, part };
}

async function playing(...args: Parameters<typeof setup>) {
  const test = setup(...args);
  test.sound.begin(0, null);
  await test.fake.settle();
  test.fake.run(1_000);
  await test.fake.settle();
  return test;
}

describe('the rendered track', () => {
  it("renders ahead what the lock screen's buttons lead to, and the pause bed", async () => {
    const { fake, part, timeline } = await playing();
    const rendered = fake.log.renders.map((request) => JSON.stringify(request));
    for (const wanted of [
      part(nextStepStartMs(timeline, 1_000)),
      part(timeline.steps[0]!.startMs),
      pauseBedRequest(11_025),
    ]) {
      expect(rendered).toContain(JSON.stringify(wanted));
    }
  });

  it('swaps a part rendered ahead in at once, inside the call', async () => {
    const { core, fake, sound, timeline } = await playing();
    const targetMs = nextStepStartMs(timeline, 1_000);
    core.clock.value = seekClock(core.clock.value!, core.now(), targetMs);
    sound.moveTo(targetMs);
    // No await: loaded and playing before the call returned.
    expect(fake.log.loads.at(-1)?.offsetMs).toBe(targetMs);
    expect(fake.trackState()).toBe('playing');
  });

  it('plays the bed while a part renders, never silence, then the part', async () => {
    const { core, fake, sound } = await playing();
    core.clock.value = seekClock(core.clock.value!, core.now(), 7_777);
    sound.moveTo(7_777);
    expect(fake.isBedLoaded()).toBe(true);
    expect(fake.trackState()).toBe('playing');
    expect(sound.elapsed()).toBe(7_777);
    await fake.settle();
    expect(fake.log.loads.at(-1)?.offsetMs).toBe(7_777);
  });

  it("renders Ready's part ahead at a gate, and ends the bed there after 5 minutes", async () => {
    const { fake, sound, part, timeline, heard, core } = setup({ waitForMe: true });
    const gateMs = timeline.steps[0]!.holdStartMs;
    core.clock.value = { ...core.clock.value!, gateMs };
    sound.begin(0, null);
    await fake.settle();
    fake.run(gateMs + 2_000);
    expect(sound.isWaiting()).toBe(true);
    expect(fake.trackState()).toBe('playing');
    const nextGate = gateAfter(timeline, gateMs, false);
    expect(fake.log.renders.map((r) => JSON.stringify(r))).toContain(
      JSON.stringify(part(gateMs, nextGate)),
    );
    fake.run(5 * 60_000);
    expect(heard).toContain('bed-gate');
  });

  it("keeps an interruption's pause: the element waits, and plays on where it stopped", async () => {
    const { core, fake, sound, heard } = await playing();
    fake.interruptTrack();
    expect(heard).toContain('paused');
    core.clock.value = pauseClock(core.clock.value!, core.now());
    sound.pause(false);
    expect(fake.trackState()).toBe('paused');
    const loads = fake.log.loads.length;
    core.clock.value = { ...core.clock.value!, pausedAtMs: null };
    sound.resume();
    expect(fake.log.loads).toHaveLength(loads);
    expect(fake.trackState()).toBe('playing');
  });

  it('renders again as WAV when the element cannot play the FLAC', async () => {
    const { fake } = await playing();
    fake.failTrack();
    await fake.settle();
    expect(fake.log.loads.at(-1)?.type).toBe('audio/wav');
  });
});
