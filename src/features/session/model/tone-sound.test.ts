import { describe, expect, it } from 'vitest';
import { pauseClock, resumeClock } from '../core/session-clock';
import { createTestCore } from '../../../../test/session-core-fakes';
import { createToneSound } from './tone-sound';
import { lookaheadMs } from './session-types';

function setup() {
  const test = createTestCore({
    cueStyle: {
      voice: false,
      tones: true,
      vibration: false,
      breathSound: false,
      playback: 'over-music',
    },
  });
  const sound = createToneSound(test.core);
  test.core.sound = sound;
  sound.begin(0, null);
  return { ...test, sound };
}

describe('the Web Audio tones ("play over my music")', () => {
  it('puts the next few seconds of tones on the audio clock, in page time', () => {
    const { fake, sound, timeline, core } = setup();
    sound.tick(0);
    const first = timeline.cues.find((cue) => !cue.kind.startsWith('breathe'))!;
    expect(fake.log.tones[0]).toMatchObject({
      kind: first.kind,
      atPageMs: core.clock.value!.originMs + first.atMs,
    });
    expect(
      fake.log.tones.every((tone) => tone.atPageMs <= core.clock.value!.originMs + lookaheadMs),
    ).toBe(true);
  });

  it('takes session time from the page clock, standing still while paused', () => {
    const { core, fake, sound } = setup();
    fake.run(3_000);
    expect(sound.elapsed()).toBe(3_000);
    core.clock.value = pauseClock(core.clock.value!, core.now());
    sound.pause(true);
    fake.run(2_000);
    expect(sound.elapsed()).toBe(3_000);
    core.clock.value = resumeClock(core.clock.value!, core.now());
    sound.resume();
    fake.run(1_000);
    expect(sound.elapsed()).toBe(4_000);
  });

  it('cancels what was scheduled on a move, and schedules again from there', () => {
    const { fake, sound, timeline } = setup();
    sound.tick(0);
    const scheduled = fake.log.tones.length;
    sound.moveTo(timeline.steps[0]!.holdStartMs);
    expect(fake.log.tones.slice(0, scheduled).every((tone) => tone.cancelled)).toBe(true);
  });
});
