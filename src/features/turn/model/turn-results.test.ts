import { describe, expect, it } from 'vitest';
import { createFakeJournalStore } from '../../../../test/journal-fakes';
import { maxTurnResults } from '../../../domain/records/turn-result';
import { beforeLinkWindowMs, sessionChange } from '../core/turn-record';
import { createTurnResults } from './turn-results';

const start = Date.UTC(2026, 11, 1, 8);

function setUp() {
  const store = createFakeJournalStore();
  let now = start;
  let ids = 0;
  const model = createTurnResults({
    loadStore: () => Promise.resolve(store),
    now: () => now,
    newId: () => `turn-${(ids += 1)}`,
    dayKeyOf: (epochMs) => new Date(epochMs).toISOString().slice(0, 10),
  });
  return { store, model, at: (ms: number) => (now = ms) };
}

const result = (left: number | null, right: number | null) => ({
  left: left === null ? null : { degrees: left, atLeast: false },
  right: right === null ? null : { degrees: right, atLeast: false },
});

describe('the turn results at the store port', () => {
  it('keeps a standalone result in the journal’s store, without a session', async () => {
    const { store, model } = setUp();
    const outcome = await model.save(result(52, null));
    expect(outcome.kind).toBe('saved');
    expect([...store.turnRows.values()]).toEqual([
      {
        id: 'turn-1',
        atEpochMs: start,
        dayKey: '2026-12-01',
        left: { degrees: 52, atLeast: false },
      },
    ]);
    expect(model.results.value).toHaveLength(1);
  });

  it('keeps a personal trial’s measurement on its own, marked with the trial', async () => {
    const { store, model } = setUp();
    const outcome = await model.saveForTrial(result(52, 38), 'trial-7');
    expect(outcome.kind).toBe('saved');
    expect(store.turnRows.get('turn-1')).toEqual({
      id: 'turn-1',
      atEpochMs: start,
      dayKey: '2026-12-01',
      left: { degrees: 52, atLeast: false },
      right: { degrees: 38, atLeast: false },
      trialId: 'trial-7',
    });
    expect(model.ofSession('trial-7')).toEqual({});
  });

  it('ties the set-up screen’s result to the session that starts after it', async () => {
    const { store, model, at } = setUp();
    await model.saveBefore(result(40, 30));
    // Kept at once, on its own, so that a crash mid-session loses nothing.
    expect(store.turnRows.get('turn-1')?.sessionId).toBeUndefined();
    await model.linkBefore('session-9', start + 60_000);
    at(start + 15 * 60_000);
    await model.save(result(50, 31), { sessionId: 'session-9', moment: 'after' });
    const { before, after } = model.ofSession('session-9');
    expect(before).toMatchObject({ id: 'turn-1', sessionId: 'session-9', moment: 'before' });
    expect(after).toMatchObject({ id: 'turn-2', moment: 'after' });
    expect(store.turnRows.get('turn-1')?.moment).toBe('before');
    // Left: 10° more, beyond the 5° spread; right: 1°, within it.
    expect(sessionChange(before!, after!)).toEqual({
      left: { kind: 'more', degrees: 10, atLeast: false },
      right: { kind: 'within-spread' },
    });
  });

  it('does not tie a before result to a session that started long after it, or to two sessions', async () => {
    const { model } = setUp();
    await model.saveBefore(result(40, 30));
    await model.linkBefore('late', start + beforeLinkWindowMs + 1);
    expect(model.ofSession('late').before).toBeUndefined();
    await model.saveBefore(result(40, 30));
    await model.linkBefore('first', start);
    await model.linkBefore('second', start);
    expect(model.ofSession('first').before?.id).toBe('turn-2');
    expect(model.ofSession('second').before).toBeUndefined();
  });

  it('says so when the store refuses the write, and keeps nothing', async () => {
    const { store, model } = setUp();
    store.failWrites = 'QuotaExceededError';
    expect((await model.save(result(10, 10))).kind).toBe('failed');
    expect(model.results.value).toEqual([]);
  });

  it('saves no more than the journal keeps', async () => {
    const { store, model } = setUp();
    for (let i = 0; i < maxTurnResults; i += 1) {
      store.turnRows.set(`t${i}`, { id: `t${i}`, atEpochMs: start, dayKey: '2026-12-01' });
    }
    expect((await model.save(result(10, 10))).kind).toBe('full');
    expect(store.turnRows.size).toBe(maxTurnResults);
  });
});
