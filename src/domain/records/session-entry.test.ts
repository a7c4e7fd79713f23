import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { isoFromEpochMs } from '../civil-date';
import { buildExport } from './export-file';
import { mergeEntries, painChange, sortEntries } from './session-entry';
import { makeEntry } from '../../../test/journal-fakes';

describe('isoFromEpochMs', () => {
  it('formats like Date#toISOString for every instant from 1970 to 2200', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: Date.UTC(2200, 0, 1) }), (ms) => {
        expect(isoFromEpochMs(ms)).toBe(new Date(ms).toISOString());
      }),
    );
  });

  it('handles a leap day', () => {
    expect(isoFromEpochMs(Date.UTC(2028, 1, 29, 23, 59, 59, 999))).toBe('2028-02-29T23:59:59.999Z');
  });
});

describe('the export format', () => {
  it('names its format and schema version and sorts sessions oldest first', () => {
    const older = makeEntry({ id: 'old', startedAtEpochMs: 1_000 });
    const data = buildExport([makeEntry(), older], Date.UTC(2026, 10, 25));
    expect(data.format).toBe('acupress-journal');
    expect(data.schemaVersion).toBe(6);
    expect(data.exportedAt).toBe('2026-11-25T00:00:00.000Z');
    expect(data.entries.map((entry) => entry.id)).toEqual(['old', 'session-1']);
  });

  it('sorts sessions that start together by id, so that the order is stable', () => {
    const sorted = sortEntries([makeEntry({ id: 'b' }), makeEntry({ id: 'a' })]);
    expect(sorted.map((entry) => entry.id)).toEqual(['a', 'b']);
  });

  it('merges by id, keeping one entry per session', () => {
    const merged = mergeEntries(
      [makeEntry({ note: 'old' })],
      [makeEntry({ note: 'new' }), makeEntry({ id: 'x' })],
    );
    expect(merged.map((entry) => [entry.id, entry.note])).toEqual([
      ['session-1', 'new'],
      ['x', 'Felt looser afterwards.'],
    ]);
  });

  it('gives the pain change only when both readings exist', () => {
    expect(painChange(makeEntry())).toBe(-3);
    expect(painChange(makeEntry({ after: {} }))).toBeUndefined();
  });
});
