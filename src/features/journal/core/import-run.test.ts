import { describe, expect, it } from 'vitest';
import { exportToJson, type JournalExtras } from '../../../domain/records/export-file';
import { importMaxBytes } from '../../../domain/records/import-file';
import { maxJournalSessions, type JournalEntry } from '../../../domain/records/session-entry';
import { isPastLimits, runImport, type ImportStage } from './import-run';
import { createFakeJournalStore, makeEntry, makeRating } from '../../../../test/journal-fakes';

const noExtras: JournalExtras = { ratings: [], trials: [], spots: [], turns: [] };
const nowMs = Date.UTC(2026, 11, 7, 9);

function importing(
  text: string,
  stored: readonly JournalEntry[] = [],
  options: { unsaved?: readonly JournalEntry[]; byteSize?: number } = {},
) {
  const store = createFakeJournalStore(stored);
  const stages: ImportStage[] = [];
  const backups: string[] = [];
  const run = runImport({
    byteSize: options.byteSize ?? new TextEncoder().encode(text).length,
    readText: () => Promise.resolve(text),
    store,
    unsaved: options.unsaved ?? [],
    nowMs,
    onStage: (stage) => stages.push(stage),
    onBackup: (json) => backups.push(json),
  });
  return { store, stages, backups, run };
}

describe('importing a journal file', () => {
  it('adds the new sessions, skips those already kept, and says how many of each', async () => {
    const kept = makeEntry({ id: 'kept' });
    const file = exportToJson([kept, makeEntry({ id: 'new' })], nowMs, {
      ...noExtras,
      ratings: [makeRating({ id: 'r1' })],
    });
    const { store, run, stages } = importing(file, [kept]);
    expect(await run).toEqual({ kind: 'done', added: 1, skipped: 1 });
    expect((await store.all()).map((entry) => entry.id).sort()).toEqual(['kept', 'new']);
    expect((await store.extras()).ratings.map((rating) => rating.id)).toEqual(['r1']);
    expect(stages).toEqual(['reading', 'checking', 'backing-up', 'saving']);
  });

  it('backs up the journal as it was, unsaved sessions included, before it writes anything', async () => {
    const kept = makeEntry({ id: 'kept' });
    const unsaved = makeEntry({ id: 'unsaved', startedAtEpochMs: kept.startedAtEpochMs + 1 });
    const file = exportToJson([makeEntry({ id: 'new' })], nowMs);
    const { backups, run } = importing(file, [kept], { unsaved: [unsaved] });
    await run;
    expect(backups).toHaveLength(1);
    const backup = JSON.parse(backups[0] ?? '') as { entries: { id: string }[] };
    expect(backup.entries.map((entry) => entry.id)).toEqual(['kept', 'unsaved']);
  });

  it('saves no backup of an empty journal', async () => {
    const { backups, stages, run } = importing(exportToJson([makeEntry()], nowMs));
    expect((await run).kind).toBe('done');
    expect(backups).toEqual([]);
    expect(stages).not.toContain('backing-up');
  });

  it('refuses a file that is not an export, and neither backs up nor writes anything', async () => {
    const { store, backups, stages, run } = importing('{"format":"something-else"}', [makeEntry()]);
    const outcome = await run;
    expect(outcome.kind).toBe('invalid');
    expect(backups).toEqual([]);
    expect(stages).toEqual(['reading', 'checking']);
    expect(await store.all()).toHaveLength(1);
  });

  it('says a file is not an export even when the journal, read meanwhile, cannot be read', async () => {
    const store = createFakeJournalStore([makeEntry()]);
    const unreadable = () => Promise.reject(new Error('the journal could not be read'));
    const outcome = await runImport({
      byteSize: 2,
      readText: () => Promise.resolve('{}'),
      store: { ...store, all: unreadable, extras: unreadable },
      unsaved: [],
      nowMs,
      onStage: () => undefined,
      onBackup: () => undefined,
    });
    expect(outcome).toMatchObject({ kind: 'invalid', problem: { code: 'notOurs' } });
  });

  it('says the write failed, and writes nothing, when the journal cannot be read', async () => {
    const store = createFakeJournalStore([makeEntry({ id: 'kept' })]);
    const backups: string[] = [];
    const outcome = await runImport({
      byteSize: 0,
      readText: () => Promise.resolve(exportToJson([makeEntry({ id: 'new' })], nowMs)),
      store: { ...store, all: () => Promise.reject(new Error('the journal could not be read')) },
      unsaved: [],
      nowMs,
      onStage: () => undefined,
      onBackup: (json) => backups.push(json),
    });
    expect(outcome).toEqual({ kind: 'failed', problem: 'write' });
    expect(backups).toEqual([]);
    expect((await store.all()).map((entry) => entry.id)).toEqual(['kept']);
  });

  it('refuses a file larger than any export without reading it', async () => {
    let read = false;
    const outcome = await runImport({
      byteSize: importMaxBytes + 1,
      readText: () => {
        read = true;
        return Promise.resolve('');
      },
      store: createFakeJournalStore(),
      unsaved: [],
      nowMs,
      onStage: () => undefined,
      onBackup: () => undefined,
    });
    expect(read).toBe(false);
    expect(outcome).toMatchObject({ kind: 'invalid', problem: { code: 'tooLarge' } });
  });

  it('writes nothing when the journal would hold more sessions than it keeps', () => {
    const stored = { sessions: [{ id: 'a' }], extras: noExtras };
    const full = Array.from({ length: maxJournalSessions }, (_, i) => ({ id: `s${i}` }));
    expect(isPastLimits(stored, { entries: full })).toBe(true);
    expect(isPastLimits(stored, { entries: [{ id: 'a' }, ...full.slice(1)] })).toBe(false);
  });

  it('says the disk is full when the write fails for want of space, and keeps the journal as it was', async () => {
    const kept = makeEntry({ id: 'kept' });
    const { store, run } = importing(exportToJson([makeEntry({ id: 'new' })], nowMs), [kept]);
    store.failWrites = 'QuotaExceededError';
    expect(await run).toEqual({ kind: 'failed', problem: 'quota' });
    store.failWrites = undefined;
    expect((await store.all()).map((entry) => entry.id)).toEqual(['kept']);
  });
});
