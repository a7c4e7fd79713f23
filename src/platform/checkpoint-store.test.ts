import { IDBFactory, IDBTransaction } from 'fake-indexeddb';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { defaultTiming } from '../features/session/core/timeline';
import type { Checkpoint } from '../features/session/core/checkpoint';
import { createCheckpointStore } from './checkpoint-store';

const checkpoint = (elapsedMs: number): Checkpoint => ({
  version: 1,
  id: 'session-1',
  painSide: 'left',
  planOptions: { holdMs: 30_000 },
  timing: defaultTiming,
  waitForMe: false,
  cueStyle: { voice: false, tones: true, vibration: true, breathSound: true },
  elapsedMs,
  gateMs: null,
  startedAtEpochMs: 1_700_000_000_000,
  savedAtEpochMs: 1_700_000_060_000,
  outcomes: [{ pointId: 'SI3', side: 'left', status: 'done' }],
  before: {},
});

describe('the checkpoint store (IndexedDB)', () => {
  afterEach(() => vi.restoreAllMocks());

  it('keeps the latest checkpoint for the next page to load, and clears it', async () => {
    const factory = new IDBFactory();
    const store = createCheckpointStore(factory);
    await store.save(checkpoint(5_000));
    await store.save(checkpoint(7_300));
    expect((await createCheckpointStore(factory).load())?.elapsedMs).toBe(7_300);
    await store.clear();
    expect(await createCheckpointStore(factory).load()).toBeUndefined();
  });

  it('commits each write in the task that asked for it, not when the answer comes back', async () => {
    const store = createCheckpointStore(new IDBFactory());
    await store.load();
    const commit = vi.spyOn(IDBTransaction.prototype, 'commit');
    const saving = store.save(checkpoint(7_300));
    // The write is asked for after the open connection is awaited: a microtask, still inside
    // the pagehide event that a reload fires. Its commit must be in that same turn.
    await Promise.resolve();
    await Promise.resolve();
    expect(commit).toHaveBeenCalledTimes(1);
    await saving;
  });
});
