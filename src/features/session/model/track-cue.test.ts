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
    const other = firstPart({ ...quickLeft, waitForMe: true }, at).request;
    expect(cue.take(other, true)).toBeNull();
    cue.cue(quickLeft, at, () => false);
    await fake.settle();
    const started = cue.take(firstPart(quickLeft, at).request, true);
    expect(started).not.toBeNull();
    expect(await started?.played).toBe(true);
    expect(fake.trackState()).toBe('playing');
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
