import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { planSession, withMoreTime } from './planner';
import { deriveTimeline } from './timeline';
import { trackRequest } from './track';
import { toneLengthMs } from './tone-shapes';
import {
  firstDifferenceMs,
  moreTimeAnchorMs,
  moreTimeGridMs,
  moreTimeLeadMs,
  moreTimeMaxWaitMs,
} from './more-time-ahead';

const timeline = deriveTimeline(planSession('left', { holdMs: 60_000 }));
const longer = deriveTimeline(planSession('left', withMoreTime({ holdMs: 60_000 }, 0, 30_000)));
const hold = timeline.steps[0]!;
const sounds = { tones: true, breathSound: true };

describe('"+30 s" rendered ahead', () => {
  it('anchors on a breath at least the lead ahead, never inside a tone', () => {
    fc.assert(
      fc.property(fc.integer({ min: hold.holdStartMs, max: hold.endMs - 15_000 }), (atMs) => {
        const anchorMs = moreTimeAnchorMs(timeline, atMs, true);
        expect(anchorMs).toBeGreaterThanOrEqual(atMs + moreTimeLeadMs);
        expect(
          timeline.cues.some((cue) => cue.atMs === anchorMs && cue.kind.startsWith('breathe')),
        ).toBe(true);
        for (const cue of timeline.cues) {
          expect(cue.atMs < anchorMs && cue.atMs + toneLengthMs(cue.kind) > anchorMs).toBe(false);
        }
      }),
    );
  });

  it('anchors on the grid without the breathing sound', () => {
    const anchorMs = moreTimeAnchorMs(timeline, hold.holdStartMs + 7_000, false);
    expect(anchorMs % moreTimeGridMs).toBe(0);
    expect(anchorMs).toBeGreaterThanOrEqual(hold.holdStartMs + 7_000 + moreTimeLeadMs);
  });

  it('finds where the hold with more time first sounds different: its half-time cue', () => {
    const atMs = hold.holdStartMs + 5_000;
    const differsMs = firstDifferenceMs(
      trackRequest(timeline, atMs, null, sounds),
      trackRequest(longer, atMs, null, sounds),
    );
    const half = (of: typeof timeline) => of.cues.find((cue) => cue.kind === 'half')!.atMs;
    expect(differsMs).toBe(Math.min(half(timeline), half(longer)));
    expect(
      firstDifferenceMs(
        trackRequest(timeline, atMs, null, sounds),
        trackRequest(timeline, atMs, null, sounds),
      ),
    ).toBe(Infinity);
  });
});

describe('"+30 s" anchors before the timelines part', () => {
  it('takes the last breath before they part, so that one render lasts', () => {
    const atMs = hold.holdStartMs + 2_000;
    const differsMs = firstDifferenceMs(
      trackRequest(timeline, atMs, null, sounds),
      trackRequest(longer, atMs, null, sounds),
    );
    const anchorMs = moreTimeAnchorMs(timeline, atMs, true, differsMs);
    expect(anchorMs).toBeLessThan(differsMs);
    const breaths = timeline.cues.filter(
      (cue) => cue.kind.startsWith('breathe') && cue.atMs > anchorMs && cue.atMs < differsMs,
    );
    expect(breaths.every((cue) => cue.atMs - atMs > moreTimeMaxWaitMs + moreTimeLeadMs)).toBe(true);
    expect(moreTimeAnchorMs(timeline, differsMs - 1_000, true, differsMs)).toBe(Infinity);
  });
});
