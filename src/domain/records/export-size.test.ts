import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  largestEntry,
  largestExportBytes,
  largestJournal,
  largestRating,
  largestSpot,
  largestTrial,
  largestTurn,
  type ExportCounts,
} from './export-size';
import { exportToJson } from './export-file';
import { noteMaxChars } from './fields';
import { maxJournalSessions } from './session-entry';

/** `count` copies of `record`, each with its own id of the same length. */
const copies = <T extends { id: string }>(record: T, count: number): T[] =>
  Array.from({ length: count }, (_, index) => ({
    ...record,
    id: `${record.id.slice(0, -6)}${String(index).padStart(6, '0')}`,
  }));

const exportOf = (counts: ExportCounts) =>
  exportToJson(copies(largestEntry(), counts.sessions), 0, {
    ratings: copies(largestRating(), counts.ratings),
    trials: copies(largestTrial(), counts.trials),
    spots: copies(largestSpot(), counts.spots),
    turns: copies(largestTurn(), counts.turns),
  });

describe('the largest export', () => {
  it('is as long as the export of that many largest records, byte for byte (property)', () => {
    fc.assert(
      fc.property(
        fc.record({
          sessions: fc.integer({ min: 0, max: 4 }),
          ratings: fc.integer({ min: 0, max: 4 }),
          trials: fc.integer({ min: 0, max: 4 }),
          spots: fc.integer({ min: 0, max: 4 }),
          turns: fc.integer({ min: 0, max: 4 }),
        }),
        (counts) => {
          const text = exportOf(counts);
          expect(largestExportBytes(counts)).toBe(new TextEncoder().encode(text).length);
        },
      ),
    );
  });

  it('writes each note character as six bytes, the most JSON writes for one', () => {
    const note = JSON.stringify(largestEntry().note);
    expect(note.length).toBe(6 * noteMaxChars + 2);
    for (const char of ['é', '字', '"', '\\', '\n', '\ud800']) {
      expect(new TextEncoder().encode(JSON.stringify(char)).length - 2).toBeLessThanOrEqual(6);
    }
    expect(new TextEncoder().encode(JSON.stringify('😀')).length - 2).toBeLessThanOrEqual(12);
  });

  it('counts the journal’s own limits, and fits in one string a browser can hold', () => {
    expect(largestJournal.sessions).toBe(maxJournalSessions);
    const bytes = largestExportBytes();
    // Far above the old 20 MB: every file the app can write imports again.
    expect(bytes).toBeGreaterThan(20 * 1024 * 1024);
    // V8's (Chromium's) longest string, in UTF-16 code units; the file is ASCII.
    expect(bytes).toBeLessThan(2 ** 29 - 24);
  });
});
