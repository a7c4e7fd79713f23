import { describe, expect, it } from 'vitest';
import { fileURLToPath } from 'node:url';
import { cyclesOf, featureEdges, featureImportedNames } from './feature-graph.mjs';

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

describe('featureEdges', () => {
  it('counts a type-only import, so a cycle of types is refused', () => {
    // test/fixtures/feature-cycle: camera imports a type from guide, and guide one from camera.
    const root = fileURLToPath(new URL('../test/fixtures/feature-cycle', import.meta.url));
    const edges = featureEdges(root);
    expect([...edges.keys()].sort()).toEqual(['camera→guide', 'guide→camera']);
    expect(cyclesOf(edges.keys())).toEqual([['camera', 'guide']]);
  });

  it('finds no cycle in the app', () => {
    expect(cyclesOf(featureEdges().keys())).toEqual([]);
  });
});

describe('featureImportedNames', () => {
  it('lists each name a feature imports from another, type-only imports included', () => {
    const root = fileURLToPath(new URL('../test/fixtures/feature-cycle', import.meta.url));
    expect(featureImportedNames(root).sort()).toEqual([
      'src/features/camera/index.ts ← guide: Guide',
      'src/features/guide/index.ts ← camera: Camera',
    ]);
  });
});
