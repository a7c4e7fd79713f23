import { describe, expect, it } from 'vitest';
import { fellSilent, parsePlayLog, playLogSize, withEntry, type PlayEntry } from './play-log';

const entry = (startedAtEpochMs: number, outcome: PlayEntry['outcome'] = 'running'): PlayEntry => ({
  startedAtEpochMs,
  outcome,
  atMs: 0,
  wasHidden: false,
});

describe('the play log', () => {
  it('keeps one entry per session, newest first, and at most 20', () => {
    let log: PlayEntry[] = [];
    for (let index = 0; index < 25; index += 1) log = withEntry(log, entry(index));
    log = withEntry(log, entry(24, 'finished'));
    expect(log).toHaveLength(playLogSize);
    expect(log[0]).toEqual(entry(24, 'finished'));
    expect(log.at(-1)?.startedAtEpochMs).toBe(5);
  });

  it('reads back only well-formed entries', () => {
    expect(parsePlayLog('nonsense')).toEqual([]);
    expect(
      parsePlayLog([entry(1), { startedAtEpochMs: 'x' }, { ...entry(2), outcome: 'won' }]),
    ).toEqual([entry(1)]);
  });

  it('says the sound fell silent when session time lagged the wall clock by over 3 s', () => {
    const from = { nowMs: 0, elapsedMs: 10_000 };
    expect(fellSilent(from, { nowMs: 30_000, elapsedMs: 39_000 })).toBe(false);
    expect(fellSilent(from, { nowMs: 30_000, elapsedMs: 12_000 })).toBe(true);
  });
});
