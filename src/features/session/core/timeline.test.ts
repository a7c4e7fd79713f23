import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { planSession } from './planner';
import { type PainSide, pointIds } from '../../../domain/points';
import {
  breathPhaseLimitsMs,
  cuesBetween,
  deriveTimeline,
  nextPointStartMs,
  nextStepStartMs,
  previousStepStartMs,
  stepAt,
  TimingError,
  type TimingOptions,
} from './timeline';

const painSideArb = fc.constantFrom<PainSide>('left', 'right', 'both', 'middle');
const timingArb: fc.Arbitrary<TimingOptions> = fc.record({
  transitionMs: fc.integer({ min: 0, max: 30_000 }),
  breathInMs: fc.integer(breathPhaseLimitsMs),
  breathOutMs: fc.integer(breathPhaseLimitsMs),
});
const timelineArb = fc
  .tuple(
    painSideArb,
    fc.integer({ min: 20_000, max: 600_000 }),
    fc.boolean(),
    fc.subarray([...pointIds], { maxLength: 4 }),
    fc.shuffledSubarray([...pointIds]),
    timingArb,
  )
  .map(([painSide, holdMs, isPregnant, leaveOut, order, timing]) =>
    deriveTimeline(planSession(painSide, { holdMs, isPregnant, leaveOut, order }), timing),
  );

describe('deriveTimeline', () => {
  it('presses Fengchi ten times a side: 3 s on, 1 s off, a press cue every 4 s', () => {
    const timeline = deriveTimeline(
      planSession('left', { leaveOut: ['SI3', 'EX-UE8', 'LI4', 'GB21'] }),
    );
    for (const stepIndex of [0, 1]) {
      const presses = timeline.cues.filter((c) => c.kind === 'press' && c.stepIndex === stepIndex);
      const releases = timeline.cues.filter(
        (c) => c.kind === 'release' && c.stepIndex === stepIndex,
      );
      expect(presses).toHaveLength(10);
      expect(releases).toHaveLength(10);
      const holdStartMs = timeline.steps[stepIndex]?.holdStartMs ?? NaN;
      presses.forEach((press, index) => {
        expect(press.atMs).toBe(holdStartMs + index * 4000);
        expect(press.pulse).toBe(index + 1);
        expect(releases[index]?.atMs).toBe(press.atMs + 3000);
      });
    }
    expect(timeline.totalMs).toBe(2 * (10_000 + 40_000));
  });

  it('gives a plan its cues in order with exact offsets', () => {
    const plan = planSession('left', {
      holdMs: 30_000,
      leaveOut: ['EX-UE8', 'LI4', 'GB20', 'GB21'],
    });
    const timeline = deriveTimeline(plan);
    const spoken = timeline.cues
      .filter((cue) => !cue.kind.startsWith('breathe'))
      .map((cue) => `${cue.atMs} ${cue.kind} ${cue.stepIndex}`);
    expect(spoken).toEqual([
      '0 get-ready 0',
      '10000 start 0',
      '25000 half 0',
      '30000 ten-left 0',
      '40000 switch-side 1',
      '50000 start 1',
      '65000 half 1',
      '70000 ten-left 1',
      '80000 done 2',
    ]);
  });

  it('paces breath 4 s in and 6 s out from the start of each hold', () => {
    const plan = planSession('left', {
      holdMs: 30_000,
      leaveOut: ['EX-UE8', 'LI4', 'GB20', 'GB21'],
    });
    const breaths = deriveTimeline(plan)
      .cues.filter((cue) => cue.kind.startsWith('breathe') && cue.stepIndex === 0)
      .map((cue) => `${cue.atMs} ${cue.kind}`);
    expect(breaths).toEqual([
      '10000 breathe-in',
      '14000 breathe-out',
      '20000 breathe-in',
      '24000 breathe-out',
      '30000 breathe-in',
      '34000 breathe-out',
    ]);
  });

  it('says "next point" when the point changes and "switch side" when only the side does', () => {
    const kinds = deriveTimeline(planSession('left'))
      .cues.filter((cue) => ['get-ready', 'next-point', 'switch-side'].includes(cue.kind))
      .map((cue) => cue.kind);
    expect(kinds).toEqual([
      'get-ready',
      'switch-side',
      'next-point',
      'next-point',
      'switch-side',
      'next-point',
      'switch-side',
      'next-point',
      'switch-side',
    ]);
  });

  it('gives a 20 s hold one cue at half time, which is also 10 s before the end', () => {
    const plan = planSession('left', {
      holdMs: 20_000,
      leaveOut: ['EX-UE8', 'LI4', 'GB20', 'GB21'],
    });
    const kinds = deriveTimeline(plan)
      .cues.filter((c) => c.stepIndex === 0)
      .map((c) => c.kind);
    expect(kinds.filter((kind) => kind === 'half')).toHaveLength(1);
    expect(kinds).not.toContain('ten-left');
  });

  it('ends with a single done cue at the total time', () => {
    const timeline = deriveTimeline(planSession('both'));
    expect(timeline.cues.at(-1)).toEqual({ atMs: timeline.totalMs, kind: 'done', stepIndex: 10 });
  });

  it('makes segments contiguous and non-overlapping, from 0 to the total', () => {
    fc.assert(
      fc.property(timelineArb, (timeline) => {
        let atMs = 0;
        for (const segment of timeline.segments) {
          if (segment.startMs !== atMs || segment.endMs <= segment.startMs) return false;
          atMs = segment.endMs;
        }
        return atMs === timeline.totalMs;
      }),
    );
  });

  it('makes the total the sum of its transitions and holds', () => {
    fc.assert(
      fc.property(timelineArb, (timeline) => {
        const parts = timeline.plan.steps.reduce(
          (sum, step) => sum + timeline.timing.transitionMs + step.durationMs,
          0,
        );
        return parts === timeline.totalMs;
      }),
    );
  });

  it('keeps every cue inside the session and in time order', () => {
    fc.assert(
      fc.property(timelineArb, (timeline) =>
        timeline.cues.every(
          (cue, index) =>
            cue.atMs >= 0 &&
            cue.atMs <= timeline.totalMs &&
            Number.isInteger(cue.atMs) &&
            cue.atMs >= (timeline.cues[index - 1]?.atMs ?? 0),
        ),
      ),
    );
  });
});

describe('cuesBetween', () => {
  it('finds the same cues as a scan over all of them', () => {
    fc.assert(
      fc.property(
        timelineArb,
        fc.integer({ min: -1000, max: 2_000_000 }),
        fc.integer({ min: 0, max: 100_000 }),
        (timeline, fromMs, lengthMs) => {
          const scanned = timeline.cues.filter(
            (cue) => cue.atMs >= fromMs && cue.atMs < fromMs + lengthMs,
          );
          expect(cuesBetween(timeline, fromMs, fromMs + lengthMs)).toEqual(scanned);
        },
      ),
    );
  });
});

describe('stepAt', () => {
  it('is monotonic: later times never land on an earlier step or segment', () => {
    fc.assert(
      fc.property(
        timelineArb,
        fc.integer({ min: -1000, max: 8_000_000 }),
        fc.integer({ min: 0, max: 8_000_000 }),
        (timeline, aMs, deltaMs) => {
          const a = stepAt(timeline, aMs);
          const b = stepAt(timeline, aMs + deltaMs);
          const segmentIndex = (p: typeof a) =>
            p.segment ? timeline.segments.indexOf(p.segment) : timeline.segments.length;
          return (
            b.stepIndex >= a.stepIndex &&
            segmentIndex(b) >= segmentIndex(a) &&
            b.elapsedMs >= a.elapsedMs &&
            (!a.isDone || b.isDone)
          );
        },
      ),
    );
  });

  it('tells the step, segment, time left and breath phase during a hold', () => {
    const timeline = deriveTimeline(planSession('left', { holdMs: 30_000 }));
    const position = stepAt(timeline, 10_000 + 5_000);
    expect(position.stepIndex).toBe(0);
    expect(position.segment?.kind).toBe('hold');
    expect(position.holdRemainingMs).toBe(25_000);
    expect(position.breath).toEqual({ phase: 'out', progress: 1 / 6 });
  });

  it('counts Fengchi presses: "press 4 of 10" in the fourth pulse', () => {
    const plan = planSession('left', { leaveOut: ['SI3', 'EX-UE8', 'LI4', 'GB21'] });
    const position = stepAt(deriveTimeline(plan), 10_000 + 3 * 4000 + 500);
    expect(position.segment?.kind).toBe('press');
    expect(position.pulse).toEqual({ number: 4, of: 10 });
  });

  it('shows the full hold time during "get ready"', () => {
    const timeline = deriveTimeline(planSession('left', { holdMs: 30_000 }));
    expect(stepAt(timeline, 2_000).segment?.kind).toBe('prepare');
    expect(stepAt(timeline, 2_000).holdRemainingMs).toBe(30_000);
  });

  it('is done at and after the total time', () => {
    const timeline = deriveTimeline(planSession('middle'));
    expect(stepAt(timeline, timeline.totalMs).isDone).toBe(true);
    expect(stepAt(timeline, timeline.totalMs - 1).isDone).toBe(false);
  });
});

describe('skip and back', () => {
  const timeline = deriveTimeline(planSession('left', { holdMs: 30_000 }));

  it('skips to the start of the next step', () => {
    expect(nextStepStartMs(timeline, 15_000)).toBe(40_000);
    expect(timeline.steps.map((s) => s.startMs)).toContain(nextStepStartMs(timeline, 41_000));
  });

  it('skips all sides of a point to the next point', () => {
    expect(nextPointStartMs(timeline, 15_000)).toBe(80_000);
  });

  it('goes back to the start of the current step, or the previous one in its first 3 s', () => {
    expect(previousStepStartMs(timeline, 55_000)).toBe(40_000);
    expect(previousStepStartMs(timeline, 41_000)).toBe(0);
    expect(previousStepStartMs(timeline, 1_000)).toBe(0);
  });

  it('lands on step boundaries from anywhere', () => {
    const starts = timeline.steps.map((s) => s.startMs);
    fc.assert(
      fc.property(fc.integer({ min: 0, max: timeline.totalMs - 1 }), (atMs) => {
        const next = nextStepStartMs(timeline, atMs);
        const back = previousStepStartMs(timeline, atMs);
        return (starts.includes(next) || next === timeline.totalMs) && starts.includes(back);
      }),
    );
  });
});

describe('breath phase limits', () => {
  const plan = planSession('left', { holdMs: 30_000, leaveOut: ['EX-UE8', 'LI4', 'GB20', 'GB21'] });

  it('never paces a breath phase faster than 3 s, in or out', () => {
    expect(breathPhaseLimitsMs.min).toBe(3000);
    for (const timing of [
      { transitionMs: 0, breathInMs: 2999, breathOutMs: 6000 },
      { transitionMs: 0, breathInMs: 4000, breathOutMs: 1000 },
    ]) {
      expect(() => deriveTimeline(plan, timing)).toThrow(TimingError);
    }
    expect(() =>
      deriveTimeline(plan, { transitionMs: 0, breathInMs: 3000, breathOutMs: 3000 }),
    ).not.toThrow();
  });

  it('spaces the breath cues of a hold at least 3 s apart, for any allowed pace', () => {
    fc.assert(
      fc.property(timingArb, (timing) => {
        const breaths = deriveTimeline(plan, timing).cues.filter((cue) =>
          cue.kind.startsWith('breathe'),
        );
        for (let index = 1; index < breaths.length; index += 1) {
          const [before, after] = [breaths[index - 1]!, breaths[index]!];
          if (before.stepIndex !== after.stepIndex) continue;
          expect(after.atMs - before.atMs).toBeGreaterThanOrEqual(breathPhaseLimitsMs.min);
        }
      }),
    );
  });
});
