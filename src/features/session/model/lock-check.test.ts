import { describe, expect, it } from 'vitest';
import { createFakeSessionPlatform } from '../../../../test/session-fakes';
import { createMemorySettings } from '../../../../test/memory-settings';
import {
  createLockCheck,
  lockCheckKey,
  lockCheckMs,
  lockCheckRequest,
  lockCheckTones,
} from './lock-check';

function setup(running = false) {
  const fake = createFakeSessionPlatform();
  const settings = createMemorySettings();
  const check = createLockCheck(fake.platform, { settings, epochNowMs: () => 42 }, () => running);
  return { fake, settings, check };
}

describe('the lock check', () => {
  it('plays six tones, one every 10 s, then the closing tone at 60 s', () => {
    const request = lockCheckRequest();
    expect(request.cues.filter((cue) => cue.kind === 'half')).toHaveLength(lockCheckTones);
    expect(request.cues.at(-1)).toEqual({ atMs: lockCheckMs, kind: 'done' });
  });

  it('unlocks the element in the tap, plays the sound, and follows it to its end', async () => {
    const { fake, check } = setup();
    check.run();
    expect(fake.log.unlocks).toBe(1);
    await fake.settle();
    expect(fake.trackState()).toBe('playing');
    fake.run(lockCheckMs + 3_000);
    expect(check.phase.value).toBe('asking');
    expect(check.playedMs.value).toBe(lockCheckMs);
  });

  it('notes how far the sound got when something stopped it', async () => {
    const { fake, check } = setup();
    check.run();
    await fake.settle();
    fake.run(23_000);
    fake.interruptTrack();
    expect(check.phase.value).toBe('asking');
    expect(check.playedMs.value).toBe(23_000);
  });

  it('keeps the answer on this device', async () => {
    const { fake, settings, check } = setup();
    check.run();
    await fake.settle();
    check.stop();
    check.answer(4);
    expect(settings.read(lockCheckKey)).toMatchObject({ atEpochMs: 42, heard: 4 });
    expect(check.last.value?.heard).toBe(4);
    expect(check.phase.value).toBe('idle');
  });

  it('does not run while a session does', () => {
    const { fake, check } = setup(true);
    check.run();
    expect(fake.log.unlocks).toBe(0);
  });
});
