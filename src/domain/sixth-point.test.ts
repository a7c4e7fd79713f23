import { describe, expect, it } from 'vitest';
import { sideWordKey } from './point-words';
import { points, type Point, type PointId } from './points';
import { exportToJson } from './records/export-file';
import { largestEntry, largestExportBytes, largestSpot } from './records/export-size';
import { importerFor, validateImport } from './records/import-file';
import type { JournalEntry } from './records/session-entry';
import type { SpotMark } from './records/spot-mark';

/**
 * Adding a point is data: a copy of the points with a sixth one, and the records' schemas,
 * limits and side words follow from the list. (A real sixth point also needs its drawing in
 * drawings.ts, its bit in entry-stats.ts's maskBitOf and its messages; the compiler asks for
 * the first two once PointId names it.)
 */
const sixth = {
  ...points[0]!,
  id: 'SI-NEW' as PointId,
  region: 'shoulder',
} satisfies Point;
const sixPoints: readonly Point[] = [...points, sixth];
const sixIds = sixPoints.map((point) => point.id);
const now = Date.UTC(2026, 11, 7);

const entry: JournalEntry = {
  id: 'with-six',
  startedAtEpochMs: Date.UTC(2026, 11, 6, 8),
  endedAtEpochMs: Date.UTC(2026, 11, 6, 8, 20),
  activeMs: 19 * 60_000,
  painSide: 'both',
  holdMs: 60_000,
  isPregnancyMode: false,
  steps: sixIds.flatMap((pointId) => [
    { pointId, side: 'left' as const, status: 'done' as const },
    { pointId, side: 'right' as const, status: 'done' as const },
  ]),
  completed: true,
  before: { pain0to10: 5 },
  after: { pain0to10: 3 },
  // All six, each once: the list's limit is the number of points.
  tenderPoints: sixIds,
  rightPoints: [sixth.id],
  note: '',
};
const mark: SpotMark = {
  id: 'mark-six',
  pointId: sixth.id,
  side: 'left',
  atEpochMs: Date.UTC(2026, 11, 6, 8, 5),
  outcome: 'tapped',
  u: 0.25,
  v: -0.5,
};

describe('a sixth point', () => {
  it('round-trips through the export with the import built from the six', () => {
    const text = exportToJson([entry], now, { ratings: [], trials: [], spots: [mark], turns: [] });
    const result = importerFor(sixIds).validate(text);
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.data.entries).toEqual([entry]);
    expect(result.data.spots).toEqual([mark]);
  });

  it("is refused by the article's five-point import, as an unknown value", () => {
    const text = exportToJson([entry], now, { ratings: [], trials: [], spots: [mark], turns: [] });
    const result = validateImport(text);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.problem.code).toBe('unknownValue');
  });

  it("grows the largest export by the new point's lists, and imports a file that size", () => {
    const counts = { sessions: 2, ratings: 0, trials: 0, spots: 2, turns: 0 };
    const five = largestExportBytes(counts);
    const six = largestExportBytes(counts, sixIds);
    expect(six).toBeGreaterThan(five);
    const largest = largestEntry(sixIds);
    expect(largest.tenderPoints).toHaveLength(6);
    const text = exportToJson([largest, { ...largest, id: 'y'.repeat(100) }], 0, {
      ratings: [],
      trials: [],
      spots: [largestSpot(sixIds), { ...largestSpot(sixIds), id: 'y'.repeat(100) }],
      turns: [],
    });
    expect(text.length).toBe(six);
    const importer = importerFor(sixIds);
    expect(importer.validate(text).ok).toBe(true);
    expect(importer.maxBytes).toBeGreaterThan(largestExportBytes());
  });

  it('gets the side words of its region', () => {
    expect(sideWordKey(sixth.region, 'left')).toBe('side.shoulder.left');
    expect(sideWordKey(sixth.region, 'right')).toBe('side.shoulder.right');
  });
});
