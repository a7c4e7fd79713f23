import { describe, expect, it } from 'vitest';
import { buildExport, emptyExtras, exportToJson } from './export-file';
import { validateImport } from './import-file';
import { measureOf, type TrialRecord } from './trial-record';
import type { TurnRecord } from './turn-result';

const trial: TrialRecord = {
  id: 'trial-1',
  seed: 7,
  startDayKey: '2026-12-01',
  days: ['routine', 'comparison', 'comparison', 'routine'],
  ratingMinutes: [480, 1200],
  startedAtEpochMs: Date.UTC(2026, 11, 1, 7),
};
const turn: TurnRecord = {
  id: 'turn-1',
  atEpochMs: Date.UTC(2026, 11, 1, 8),
  dayKey: '2026-12-01',
  left: { degrees: 52, atLeast: false },
  right: { degrees: 38, atLeast: false },
  trialId: 'trial-1',
};
const fileOf = (extras: Partial<typeof emptyExtras>, schemaVersion?: number) => {
  const data = buildExport([], Date.UTC(2026, 11, 2), { ...emptyExtras, ...extras });
  return JSON.stringify(schemaVersion === undefined ? data : { ...data, schemaVersion });
};

describe('a trial’s measure in the export file (format 6)', () => {
  it('round-trips a turn trial and the turn result taken for it', () => {
    const turnTrial: TrialRecord = { ...trial, measure: 'turn' };
    const result = validateImport(
      exportToJson([], Date.UTC(2026, 11, 2), {
        ...emptyExtras,
        trials: [turnTrial],
        turns: [turn],
      }),
    );
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.data.trials).toEqual([turnTrial]);
    expect(measureOf(result.data.trials[0]!)).toBe('turn');
    expect(result.data.turns).toEqual([turn]);
  });

  it('imports an older file’s trial without a measure, and reads it as a pain trial', () => {
    const result = validateImport(fileOf({ trials: [trial] }, 5));
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.data.trials[0]!.measure).toBeUndefined();
    expect(measureOf(result.data.trials[0]!)).toBe('pain');
  });

  it('refuses an unknown measure, and a turn result that claims both a trial and a session', () => {
    const badMeasure = JSON.parse(fileOf({ trials: [trial] })) as { trials: object[] };
    badMeasure.trials[0] = { ...badMeasure.trials[0], measure: 'steps' };
    expect(validateImport(JSON.stringify(badMeasure)).ok).toBe(false);
    const both = { ...turn, sessionId: 'session-1', moment: 'after' as const };
    expect(validateImport(fileOf({ turns: [both] })).ok).toBe(false);
  });
});
