import { describe, expect, it } from 'vitest';
import { createJournal, entryFromRecord, recentPageSize } from './journal';
import { createFakeJournalPlatform, makeEntry, makeTrial } from '../../../../test/journal-fakes';
import { emptyExtras, exportToJson, type JournalExtras } from '../../../domain/records/export-file';
import { problemOf } from '../core/import-run';
import type { JournalEntry } from '../../../domain/records/session-entry';
import { maxJournalSessions, type SessionRecord } from '../../../domain/records/session-entry';
import { maxTrials } from '../../../domain/records/trial-record';
import { createMemorySettings } from '../../../../test/memory-settings';

/** The database app.ts names for the session's checkpoints (the e2e journey checks the real one). */
const sessionCheckpointDatabase = 'session-checkpoints';
const nowMs = Date.UTC(2026, 11, 7, 9);
/** An export file of `entries` (and `extras`), as the person would choose it. */
const fileOf = (entries: readonly JournalEntry[], extras: JournalExtras = emptyExtras) =>
  new Blob([exportToJson(entries, nowMs, extras)], { type: 'application/json' });

function setup(initial = [makeEntry({ id: 'stored' })]) {
  const platform = createFakeJournalPlatform(initial);
  const settings = createMemorySettings({ 'session.choices': { hold: 60 } });
  const journal = createJournal({
    settings,
    loadPlatform: async () => platform,
    otherDatabases: [sessionCheckpointDatabase],
  });
  return { platform, settings, journal };
}

describe('the journal model', () => {
  it('prepares its database code once and opens the database, reading nothing, and load reuses it', async () => {
    const platform = createFakeJournalPlatform([makeEntry({ id: 'stored' })]);
    let loads = 0;
    let reads = 0;
    let opens = 0;
    const overview = platform.store.overview;
    platform.store.overview = (count) => {
      reads += 1;
      return overview(count);
    };
    platform.store.open = async () => {
      opens += 1;
    };
    const journal = createJournal({
      settings: createMemorySettings(),
      loadPlatform: async () => {
        loads += 1;
        return platform;
      },
    });
    await journal.prepare();
    expect([loads, opens, reads, journal.status.value]).toEqual([1, 1, 0, 'idle']);
    await journal.load();
    expect([loads, reads]).toEqual([1, 1]);
    expect(journal.rows.value.map((row) => row.id)).toEqual(['stored']);
  });

  it('prepares quietly when the database code cannot load, and loads it again later', async () => {
    let fail = true;
    const journal = createJournal({
      settings: createMemorySettings(),
      loadPlatform: async () => {
        if (fail) throw new Error('offline');
        return createFakeJournalPlatform();
      },
    });
    await expect(journal.prepare()).resolves.toBeUndefined();
    fail = false;
    const refused = createJournal({
      settings: createMemorySettings(),
      loadPlatform: async () => {
        const platform = createFakeJournalPlatform();
        platform.store.open = () => Promise.reject(new Error('the database is blocked'));
        return platform;
      },
    });
    await expect(refused.prepare()).resolves.toBeUndefined();
    await journal.load();
    expect(journal.status.value).toBe('ready');
  });

  it('keeps only the newest page of sessions in memory, however many are saved', async () => {
    const { journal } = setup([]);
    await journal.load();
    for (let index = 0; index < recentPageSize * 3; index += 1) {
      await journal.save(makeEntry({ id: `s${index}`, startedAtEpochMs: 1_000 * (index + 1) }));
    }
    const shown = journal.recent.value.map((entry) => entry.id);
    expect(shown).toHaveLength(recentPageSize);
    expect(shown[0]).toBe(`s${recentPageSize * 3 - 1}`);
    expect(journal.rows.value).toHaveLength(recentPageSize * 3);
  });

  it('loads the stored sessions oldest first', async () => {
    const { journal } = setup([
      makeEntry({ id: 'b', startedAtEpochMs: 2 }),
      makeEntry({ id: 'a', startedAtEpochMs: 1 }),
    ]);
    await journal.load();
    expect(journal.status.value).toBe('ready');
    expect(journal.rows.value.map((row) => row.id)).toEqual(['a', 'b']);
  });

  it('saves a session durably and shows it', async () => {
    const { journal, platform } = setup();
    await journal.load();
    expect(await journal.save(makeEntry({ id: 'new' }))).toBe(true);
    expect(platform.store.rows.has('new')).toBe(true);
    expect(journal.rows.value.map((row) => row.id)).toContain('new');
  });

  it('keeps a session in memory when the disk is full, says so, and saves it on retry', async () => {
    const { journal, platform } = setup();
    await journal.load();
    platform.store.failWrites = 'QuotaExceededError';
    expect(await journal.save(makeEntry({ id: 'new' }))).toBe(false);
    expect(journal.problem.value).toBe('quota');
    expect(journal.unsaved.value.map((entry) => entry.id)).toEqual(['new']);
    expect(journal.rows.value.map((row) => row.id)).toContain('new');
    platform.store.failWrites = undefined;
    expect(await journal.retryUnsaved()).toBe(true);
    expect(journal.unsaved.value).toEqual([]);
    expect(platform.store.rows.has('new')).toBe(true);
    expect(journal.problem.value).toBeUndefined();
  });

  it('calls any other refused write a write problem', () => {
    expect(problemOf({ name: 'DatabaseClosedError' })).toBe('write');
    expect(problemOf({ name: 'AbortError', inner: { name: 'QuotaExceededError' } })).toBe('quota');
  });

  it('imports new sessions and skips the ones already in the journal', async () => {
    const { journal, platform } = setup();
    await journal.load();
    const stages: string[] = [];
    const outcome = await journal.importFile(
      fileOf([makeEntry({ id: 'stored', note: 'changed' }), makeEntry({ id: 'fresh' })]),
      nowMs,
      (stage) => stages.push(stage),
    );
    expect(outcome.run).toEqual({ kind: 'done', added: 1, skipped: 1 });
    expect(stages).toEqual(['reading', 'checking', 'backing-up', 'saving']);
    // The journal as it was comes back as a backup file, to be saved before anything else.
    const backup = JSON.parse((await outcome.backup?.text()) ?? '') as { entries: JournalEntry[] };
    expect(backup.entries.map((entry) => entry.note)).toEqual(['Felt looser afterwards.']);
    expect(platform.store.rows.get('stored')?.note).toBe('Felt looser afterwards.');
    expect(journal.rows.value.map((row) => row.id).sort()).toEqual(['fresh', 'stored']);
  });

  it('keeps no more sessions than it can export and import again, and keeps the one past it in memory', async () => {
    const full = Array.from({ length: maxJournalSessions }, (_, i) => makeEntry({ id: `s${i}` }));
    const { journal, platform } = setup(full);
    // Even before History has opened the journal.
    expect(await journal.save(makeEntry({ id: 'one-more' }))).toBe(false);
    expect(journal.problem.value).toBe('full');
    expect(platform.store.rows.has('one-more')).toBe(false);
    expect(journal.unsaved.value.map((entry) => entry.id)).toEqual(['one-more']);
    // A session already in the journal is saved again (its id is not a new session).
    expect(await journal.save(makeEntry({ id: 's7', note: 'again' }))).toBe(true);
    expect(platform.store.rows.get('s7')?.note).toBe('again');
  });

  it('imports nothing that would take the journal past what it keeps, and says so', async () => {
    const full = Array.from({ length: maxJournalSessions - 1 }, (_, i) =>
      makeEntry({ id: `s${i}` }),
    );
    const { journal, platform } = setup(full);
    await journal.load();
    const two = [makeEntry({ id: 'fresh-1' }), makeEntry({ id: 'fresh-2' })];
    expect((await journal.importFile(fileOf(two), nowMs)).run).toEqual({ kind: 'full' });
    expect(journal.problem.value).toBe('full');
    expect(platform.store.rows.size).toBe(maxJournalSessions - 1);
    // Sessions already there do not count twice; one new one still fits.
    expect(
      (await journal.importFile(fileOf([makeEntry({ id: 's3' }), two[0]!]), nowMs)).run,
    ).toEqual({
      kind: 'done',
      added: 1,
      skipped: 1,
    });
    // The same for the records beside the sessions: the file itself may hold no more than the
    // journal keeps, so the stored trials and the file's together go past it.
    const trials = (from: number, count: number) =>
      Array.from({ length: count }, (_, i) => makeTrial({ id: `t${from + i}` }));
    for (const trial of trials(0, maxTrials - 1)) platform.store.trialRows.set(trial.id, trial);
    const moreTrials = fileOf([], { ...emptyExtras, trials: trials(maxTrials, 2) });
    expect((await journal.importFile(moreTrials, nowMs)).run).toEqual({ kind: 'full' });
    expect(journal.problem.value).toBe('full');
    expect(platform.store.trialRows.size).toBe(maxTrials - 1);
  });

  it('changes nothing when an import write fails', async () => {
    const { journal, platform } = setup();
    await journal.load();
    platform.store.failWrites = 'UnknownError';
    expect((await journal.importFile(fileOf([makeEntry({ id: 'fresh' })]), nowMs)).run).toEqual({
      kind: 'failed',
      problem: 'write',
    });
    expect(journal.problem.value).toBe('write');
    expect([...platform.store.rows.keys()]).toEqual(['stored']);
    expect(journal.rows.value.map((row) => row.id)).toEqual(['stored']);
  });

  it('deletes every trace: journal, session checkpoints, caches and settings', async () => {
    const { journal, platform, settings } = setup();
    await journal.load();
    await journal.deleteAll();
    expect(platform.store.rows.size).toBe(0);
    expect(platform.deletedDatabases).toEqual([sessionCheckpointDatabase]);
    expect(platform.cachesCleared).toBe(1);
    expect(settings.keys()).toEqual([]);
    expect(journal.rows.value).toEqual([]);
    expect(journal.recent.value).toEqual([]);
  });

  it('asks the browser to keep the journal when the first session is saved, and says so', async () => {
    const { journal, platform } = setup([]);
    await journal.load();
    expect(platform.persistenceCalls).toEqual([]);
    expect(journal.storage.value).toBeUndefined();
    await journal.save(makeEntry({ id: 'first' }));
    await expect.poll(() => journal.storage.value).toEqual({ kept: 'kept', place: 'browser' });
    expect(platform.persistenceCalls).toEqual(['persisted', 'persist']);
    // Asked once a page: the next save does not ask again.
    await journal.save(makeEntry({ id: 'second' }));
    expect(platform.persistenceCalls).toEqual(['persisted', 'persist']);
  });

  it('does not ask when the browser keeps the journal already, and shows a refusal', async () => {
    const kept = setup([]);
    kept.platform.isKept = true;
    kept.platform.homeScreenApp = true;
    await kept.journal.save(makeEntry({ id: 'first' }));
    await expect
      .poll(() => kept.journal.storage.value)
      .toEqual({ kept: 'kept', place: 'home-screen-app' });
    expect(kept.platform.persistenceCalls).toEqual(['persisted']);

    const refused = setup([]);
    refused.platform.persistAnswer = false;
    await refused.journal.save(makeEntry({ id: 'first' }));
    await expect.poll(() => refused.journal.storage.value?.kept).toBe('may-clear');

    const silent = setup([]);
    silent.platform.isKept = undefined;
    await silent.journal.checkStorage();
    expect(silent.journal.storage.value?.kept).toBe('unknown');
  });

  it('asks after an import that adds sessions, not after a failed save', async () => {
    const failed = setup([]);
    failed.platform.store.failWrites = 'UnknownError';
    expect(await failed.journal.save(makeEntry({ id: 'first' }))).toBe(false);
    await failed.journal.checkStorage();
    expect(failed.platform.persistenceCalls).toEqual(['persisted']);

    const imported = setup([]);
    await imported.journal.importFile(fileOf([makeEntry({ id: 'from-backup' })]), nowMs);
    await expect.poll(() => imported.platform.persistenceCalls).toEqual(['persisted', 'persist']);
  });

  it('remembers the last backup, and forgets it with all data', async () => {
    const { journal, settings } = setup();
    expect(journal.lastBackupAtMs.value).toBeUndefined();
    journal.noteBackup(Date.UTC(2026, 11, 1));
    expect(journal.lastBackupAtMs.value).toBe(Date.UTC(2026, 11, 1));
    const again = createJournal({
      settings,
      loadPlatform: async () => createFakeJournalPlatform(),
    });
    expect(again.lastBackupAtMs.value).toBe(Date.UTC(2026, 11, 1));
    await journal.deleteAll();
    expect(journal.lastBackupAtMs.value).toBeUndefined();
  });

  it('marks a failed load and recovers on the next load', async () => {
    const platform = createFakeJournalPlatform();
    let attempts = 0;
    const journal = createJournal({
      settings: createMemorySettings(),
      loadPlatform: async () => {
        attempts += 1;
        if (attempts === 1) throw new Error('blocked');
        return platform;
      },
    });
    await journal.load();
    expect(journal.status.value).toBe('failed');
    await journal.load();
    expect(journal.status.value).toBe('ready');
  });
});

describe('the journal overview', () => {
  it('shows the latest sessions in full, newest first, and older ones on request', async () => {
    const entries = Array.from({ length: 45 }, (_, index) =>
      makeEntry({
        id: `s${String(index).padStart(2, '0')}`,
        startedAtEpochMs: 1e12 + index,
        endedAtEpochMs: 1e12 + index,
      }),
    );
    const { journal } = setup(entries);
    await journal.load();
    expect(journal.rows.value).toHaveLength(45);
    expect(journal.recent.value.map((entry) => entry.id).slice(0, 2)).toEqual(['s44', 's43']);
    expect(journal.recent.value).toHaveLength(20);
    await journal.showMore();
    expect(journal.recent.value).toHaveLength(40);
  });

  it('exports every session in full, with the unsaved ones', async () => {
    const { journal, platform } = setup();
    await journal.load();
    platform.store.failWrites = 'UnknownError';
    await journal.save(makeEntry({ id: 'pending' }));
    const all = await journal.loadAll();
    expect(all.map((entry) => entry.id).sort()).toEqual(['pending', 'stored']);
    expect(journal.recent.value.map((entry) => entry.id)).toContain('pending');
  });
});

describe('saveAfterSession', () => {
  it('saves the session with the answers given after it', async () => {
    const { journal, platform } = setup([]);
    await journal.load();
    const { after, tenderPoints, rightPoints, note, ...record } = makeEntry({ id: 'done' });
    const answers = { after, tenderPoints, rightPoints, note };
    expect(await journal.saveAfterSession({ ...record, activeMs: 600_000.4 }, answers)).toBe(true);
    expect(platform.store.rows.get('done')).toEqual(
      makeEntry({ id: 'done', ...answers, activeMs: 600_000 }),
    );
    expect(journal.recent.value.map((entry) => entry.id)).toEqual(['done']);
  });
});

describe('entryFromRecord', () => {
  it('keeps times as whole milliseconds', () => {
    const { after, tenderPoints, rightPoints, note, ...record } = makeEntry();
    const entry = entryFromRecord(
      {
        ...record,
        activeMs: 10_000.6,
        endedAtEpochMs: record.endedAtEpochMs + 0.4,
      } as SessionRecord,
      {
        after,
        tenderPoints,
        rightPoints,
        note,
      },
    );
    expect(entry.activeMs).toBe(10_001);
    expect(entry.endedAtEpochMs).toBe(record.endedAtEpochMs);
  });

  it('adds the after-session answers to the session record', () => {
    const { after, tenderPoints, rightPoints, note, ...record } = makeEntry();
    const entry = entryFromRecord(record as SessionRecord, {
      after,
      tenderPoints,
      rightPoints,
      note,
    });
    expect(entry).toEqual(makeEntry());
  });
});
