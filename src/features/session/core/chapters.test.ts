import { describe, expect, it } from 'vitest';
import { planSession } from './planner';
import { deriveTimeline, stepAt } from './timeline';
import { chapterAt, chapterTable } from './chapters';

describe('the chapter table', () => {
  const timeline = deriveTimeline(planSession('left', { holdMs: 30_000 }));
  const table = chapterTable(timeline);

  it('has one chapter per step, end to end', () => {
    expect(table).toHaveLength(timeline.steps.length);
    table.slice(1).forEach((chapter, index) => {
      expect(chapter.startMs).toBe(table[index]?.endMs);
    });
  });

  it('finds the step the timeline finds, at every second of the session', () => {
    for (let atMs = 0; atMs < timeline.totalMs; atMs += 1000) {
      expect(chapterAt(table, atMs)?.stepIndex).toBe(stepAt(timeline, atMs).stepIndex);
    }
  });

  it('stays on the last chapter at and after the end', () => {
    expect(chapterAt(table, timeline.totalMs + 5000)?.stepIndex).toBe(table.length - 1);
    expect(chapterAt([], 0)).toBeNull();
  });
});
