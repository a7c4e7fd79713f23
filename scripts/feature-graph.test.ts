import { describe, expect, it } from 'vitest';
import { cyclesOf } from './feature-graph.mjs';

describe('cyclesOf', () => {
  it('finds no cycle in a graph whose imports run one way', () => {
    expect(cyclesOf(['session→guide', 'journal→session', 'journal→guide'])).toEqual([]);
  });

  it('finds a cycle closed by any edge, each feature once', () => {
    expect(cyclesOf(['journal→session', 'session→trial', 'trial→journal', 'camera→guide'])).toEqual(
      [['journal', 'session', 'trial']],
    );
  });

  it('finds two separate cycles as two components', () => {
    expect(cyclesOf(['camera→guide', 'guide→camera', 'trial→journal', 'journal→trial'])).toEqual([
      ['camera', 'guide'],
      ['journal', 'trial'],
    ]);
  });
});
