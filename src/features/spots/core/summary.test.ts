import { describe, expect, it } from 'vitest';
import type { SpotMark } from '../../../domain/records/spot-mark';
import { summariseSpots } from './summary';

const at = (n: number, u: number, v = 0): SpotMark => ({
  id: `m${n}`,
  pointId: 'LI4',
  side: 'left',
  atEpochMs: n,
  outcome: 'tapped',
  u,
  v,
});

describe('the spots summary', () => {
  it('counts how often the spot was found, per point and side', () => {
    const marks: SpotMark[] = [
      at(1, 0.2),
      { id: 'x', pointId: 'LI4', side: 'left', atEpochMs: 2, outcome: 'not-found' },
      { id: 'y', pointId: 'LI4', side: 'left', atEpochMs: 3, outcome: 'as-shown', u: 0, v: 0 },
      { id: 'z', pointId: 'GB20', side: 'right', atEpochMs: 4, outcome: 'elsewhere' },
    ];
    expect(summariseSpots(marks)).toEqual([
      { pointId: 'LI4', side: 'left', answers: 3, found: 2, settling: 'too-few' },
      { pointId: 'GB20', side: 'right', answers: 1, found: 0, settling: 'too-few' },
    ]);
  });

  it('says the spread got smaller when the latest marks lie closer together', () => {
    const spread = [-0.8, 0.8, -0.6, 0.7, 0].map((u, i) => at(i, u));
    const close = [0.1, 0.12, 0.08, 0.11, 0.1].map((u, i) => at(10 + i, u));
    expect(summariseSpots([...spread, ...close])[0]?.settling).toBe('smaller');
    const wider = [0.1, 0.12, 0.08, 0.11, 0.1].map((u, i) => at(i, u));
    expect(
      summariseSpots([...wider, ...spread.map((m, i) => ({ ...m, atEpochMs: 20 + i }))])[0]
        ?.settling,
    ).toBe('not-smaller');
  });
});
