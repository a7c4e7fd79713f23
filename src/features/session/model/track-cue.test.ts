import { describe, expect, it } from 'vitest';
import { createFakeSessionPlatform } from '../../../../test/session-fakes';
import { quickLeft } from '../../../../test/session-core-fakes';
import { createTrackCue, firstPart } from './track-cue';

const at = { elapsedMs: 0, gateMs: null };

describe('the cued track', () => {
  it('renders the first part and loads it, paused', async () => {
    const fake = createFakeSessionPlatform();
    const cue = createTrackCue(fake.platform);
    cue.cue(quickLeft, at, () => false);
    await fake.settle();
    expect(fake.log.renders).toEqual([firstPart(quickLeft, at).request]);
    expect(fake.trackState()).toBe('paused');
    // The same choices render nothing more.
    cue.cue({ ...quickLeft, before: { pain0to10: 3 } }, at, () => false);
    expect(fake.log.renders).toHaveLength(1);
  });

  it('plays it at Start only when it is the part that start needs', async () => {
    const fake = createFakeSessionPlatform();
    const cue = createTrackCue(fake.platform);
    cue.cue(quickLeft, at, () => false);
    await fake.settle();
    const other = cue.prepare({ ...quickLeft, waitForMe: true }, at);
    expect(cue.take(other, true)).toBeNull();
    cue.cue(quickLeft, at, () => false);
    await fake.settle();
    const started = cue.take(cue.prepare(quickLeft, at), true);
    expect(started).not.toBeNull();
    expect(await started?.played).toBe(true);
    expect(fake.trackState()).toBe('playing');
  });

  it('derives a start once: the same choices, readings aside, give the same part', () => {
    const cue = createTrackCue(createFakeSessionPlatform().platform);
    const part = cue.prepare(quickLeft, at);
    expect(cue.prepare({ ...quickLeft, before: { pain0to10: 4 } }, at)).toBe(part);
    expect(cue.prepare({ ...quickLeft, planOptions: { ...quickLeft.planOptions } }, at)).toBe(part);
    expect(part).toEqual(firstPart(quickLeft, at));
    // Other choices, or another place to start from, derive again.
    expect(cue.prepare({ ...quickLeft, waitForMe: true }, at)).not.toBe(part);
    expect(cue.prepare(quickLeft, { elapsedMs: 5000, gateMs: null })).not.toBe(part);
  });

  it('cues nothing over music, or while a session runs', async () => {
    const fake = createFakeSessionPlatform();
    const cue = createTrackCue(fake.platform);
    const overMusic = {
      ...quickLeft,
      cueStyle: { ...quickLeft.cueStyle, playback: 'over-music' as const },
    };
    cue.cue(overMusic, at, () => false);
    cue.cue(quickLeft, at, () => true);
    await fake.settle();
    expect(fake.log.renders).toEqual([]);
  });
});
