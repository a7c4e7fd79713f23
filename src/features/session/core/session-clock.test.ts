import { describe, expect, it } from 'vitest';
import { planSession } from './planner';
import { deriveTimeline } from './timeline';
import {
  elapsedAt,
  gateAfter,
  isWaitingAtGate,
  passGate,
  pauseClock,
  resumeClock,
  seekClock,
  startClock,
} from './session-clock';

describe('session clock', () => {
  it('counts session time from the origin', () => {
    expect(elapsedAt(startClock(1_000), 4_500)).toBe(3_500);
  });

  it('stands still while paused and shifts the origin by the paused time', () => {
    const paused = pauseClock(startClock(0), 10_000);
    expect(elapsedAt(paused, 99_000)).toBe(10_000);
    const resumed = resumeClock(paused, 25_000);
    expect(elapsedAt(resumed, 26_000)).toBe(11_000);
  });

  it('seeks to a session time, staying paused when paused', () => {
    const paused = pauseClock(startClock(0), 10_000);
    const moved = seekClock(paused, 12_000, 40_000);
    expect(elapsedAt(moved, 50_000)).toBe(40_000);
    expect(elapsedAt(resumeClock(moved, 60_000), 61_000)).toBe(41_000);
  });

  it('waits at each hold start in wait-for-me mode, and re-anchors on Ready', () => {
    const timeline = deriveTimeline(planSession('left', { holdMs: 30_000 }));
    const clock = startClock(0, gateAfter(timeline, 0));
    expect(clock.gateMs).toBe(10_000);
    expect(elapsedAt(clock, 60_000)).toBe(10_000);
    expect(isWaitingAtGate(clock, 60_000)).toBe(true);
    const ready = passGate(clock, timeline, 60_000);
    expect(elapsedAt(ready, 61_000)).toBe(11_000);
    expect(ready.gateMs).toBe(50_000);
  });

  it('starts the hold at once when Ready comes before the transition ends', () => {
    const timeline = deriveTimeline(planSession('left', { holdMs: 30_000 }));
    const clock = startClock(0, gateAfter(timeline, 0));
    const ready = passGate(clock, timeline, 3_000);
    expect(elapsedAt(ready, 3_000)).toBe(10_000);
  });

  it('does not jump when paused while waiting at a gate', () => {
    const timeline = deriveTimeline(planSession('left', { holdMs: 30_000 }));
    const paused = pauseClock(startClock(0, gateAfter(timeline, 0)), 60_000);
    const resumed = resumeClock(paused, 70_000);
    expect(elapsedAt(resumed, 70_000)).toBe(10_000);
  });
});
