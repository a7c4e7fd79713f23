import { describe, expect, it } from 'vitest';
import { gateAfter, pauseClock, seekClock } from '../core/session-clock';
import { deriveTimeline, nextStepStartMs, type Timeline } from '../core/timeline';
import { trackRequest } from '../core/track';
import { planSession, withMoreTime } from '../core/planner';
import { firstDifferenceMs, moreTimeLeadMs } from '../core/more-time-ahead';
import { pauseBedRequest } from '../core/bed';
import { createTestCore } from '../../../../test/session-core-fakes';
import { createTrackSound, soundsOf, type TrackHost } from './track-sound';

/** The first hold with 30 s more, as "Add 30 seconds" makes it in the transport. */
const longer: Timeline = deriveTimeline(
  planSession('left', withMoreTime({ holdMs: 30_000 }, 0, 30_000)),
);

function setup(...args: Parameters<typeof createTestCore>) {
  const test = createTestCore(...args);
  const heard: string[] = [];
  const inFirstHold = () => {
    const step = test.timeline.steps[0]!;
    const atMs = test.core.sound.elapsed();
    return (
      test.core.timeline.value === test.timeline && atMs >= step.holdStartMs && atMs < step.endMs
    );
  };
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
    longerHold: () => (inFirstHold() ? { timeline: longer, gateFor: () => null } : null),
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

  it('plays "Start now" (the hold of the step getting ready) at once, inside the call', async () => {
    const { core, fake, sound, timeline } = await playing();
    const holdMs = timeline.steps[0]!.holdStartMs;
    expect(sound.elapsed()).toBeLessThan(holdMs);
    core.clock.value = seekClock(core.clock.value!, core.now(), holdMs);
    sound.moveTo(holdMs);
    expect(fake.log.loads.at(-1)?.offsetMs).toBe(holdMs);
    expect(fake.trackState()).toBe('playing');
  });

  it('plays on what it played while a part renders, never silence, then the part', async () => {
    const { core, fake, sound } = await playing({}, { deferRenders: true });
    fake.finishRenders();
    await fake.settle();
    const loads = fake.log.loads.length;
    core.clock.value = seekClock(core.clock.value!, core.now(), 7_777);
    sound.moveTo(7_777);
    expect(fake.log.loads).toHaveLength(loads);
    expect(fake.isBedLoaded()).toBe(false);
    expect(fake.trackState()).toBe('playing');
    expect(sound.elapsed()).toBe(7_777);
    fake.run(300);
    expect(sound.elapsed()).toBe(7_777);
    fake.finishRenders();
    await fake.settle();
    expect(fake.log.loads.at(-1)?.offsetMs).toBe(7_777);
    fake.run(500);
    expect(sound.elapsed()).toBe(8_277);
  });

  it('renders the hold with 30 s more ahead, and hands over to it where both sound the same', async () => {
    const { core, fake, sound, timeline } = await playing();
    const atMs = timeline.steps[0]!.holdStartMs + 4_000;
    fake.run(atMs - sound.elapsed());
    await fake.settle();
    const sounds = soundsOf(core.options?.cueStyle);
    const rendered = fake.log.renders.find((request) => request.untilMs === longer.totalMs);
    const anchorMs = rendered?.fromMs ?? NaN;
    const differsMs = firstDifferenceMs(
      trackRequest(timeline, atMs, null, sounds),
      trackRequest(longer, atMs, null, sounds),
    );
    // Ahead of the element, and before the two timelines part.
    expect(anchorMs).toBeGreaterThanOrEqual(atMs + moreTimeLeadMs);
    expect(anchorMs).toBeLessThan(differsMs);
    const ahead = JSON.stringify(trackRequest(longer, anchorMs, null, sounds));
    // The tap: the transport gives the hold more time and moves the sound to where it is.
    const renders = fake.log.renders.length;
    const loads = fake.log.loads.length;
    core.timeline.value = longer;
    sound.moveTo(sound.elapsed());
    expect(fake.log.loads).toHaveLength(loads);
    expect(fake.trackState()).toBe('playing');
    fake.run(anchorMs - sound.elapsed() + 200);
    expect(fake.log.renders.slice(renders).map((request) => JSON.stringify(request))).not.toContain(
      ahead,
    );
    expect(JSON.stringify(fake.log.loads.at(-1)?.request)).toBe(ahead);
    expect(fake.log.loads.at(-1)?.offsetMs).toBe(anchorMs);
    // Never more than half a tick off the time the element was at.
    expect(Math.abs(sound.elapsed() - (anchorMs + 200))).toBeLessThanOrEqual(50);
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
