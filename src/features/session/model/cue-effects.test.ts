import { describe, expect, it } from 'vitest';
import { createTestCore } from '../../../../test/session-core-fakes';
import { createToneSound } from './tone-sound';
import { createCueEffects, tonesOn, voiceReady } from './cue-effects';
import { cues } from '../core/cues';

function setup(...args: Parameters<typeof createTestCore>) {
  const test = createTestCore(...args);
  test.core.sound = createToneSound(test.core);
  return { ...test, effects: createCueEffects(test.core) };
}

describe('cue effects', () => {
  it('fires each cue once: its words shown and announced, its vibration', () => {
    const { core, fake, effects, timeline } = setup();
    effects.fireDue(timeline, 0);
    effects.fireDue(timeline, 0);
    expect(core.lastCueText.value).not.toBe('');
    expect(core.announcement.value).toBe(core.lastCueText.value);
    expect(fake.log.vibrations).toEqual([cues['get-ready'].vibrationMs]);
  });

  it('drops a cue more than 1.5 s late instead of firing a burst', () => {
    const { fake, effects, timeline } = setup();
    effects.restartAt(0);
    effects.fireDue(timeline, timeline.steps[0]!.holdStartMs + 5_000);
    expect(fake.log.vibrations).toEqual([]);
  });

  it('leaves a cue at a wait-for-me gate to Ready', () => {
    const { core, fake, effects, timeline } = setup();
    const gateMs = timeline.steps[0]!.holdStartMs;
    core.clock.value = { ...core.clock.value!, gateMs };
    effects.restartAt(gateMs - 100);
    effects.fireDue(timeline, gateMs);
    expect(fake.log.vibrations).toEqual([]);
  });

  it('speaks only with a voice for the language, and then tones are optional', () => {
    const without = setup({
      cueStyle: { voice: true, tones: false, vibration: false, breathSound: false },
    });
    expect(voiceReady(without.core)).toBe(false);
    expect(tonesOn(without.core)).toBe(true);
    const withVoice = setup(
      { cueStyle: { voice: true, tones: false, vibration: false, breathSound: false } },
      { voices: ['en'] },
    );
    expect(tonesOn(withVoice.core)).toBe(false);
    withVoice.effects.fireDue(withVoice.timeline, 0);
    expect(withVoice.fake.log.spoken).toHaveLength(1);
  });
});
