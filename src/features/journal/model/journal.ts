import { computed, signal, type ReadonlySignal } from '@preact/signals';
import type { JournalExtras } from '../../../domain/records/export-file';
import {
  sortEntries,
  maxJournalSessions,
  mergeEntries,
  type JournalEntry,
  type SessionRecord,
} from '../../../domain/records/session-entry';
import { mergeRows, trendRowOf, type TrendRow } from '../../../domain/records/entry-stats';
import type { SettingsStore } from '../../../shared/ports';
import type { JournalPlatform } from '../ports';
import {
  problemOf,
  type ImportRun,
  type ImportStage,
  type JournalProblem,
} from '../core/import-run';

export type JournalStatus = 'idle' | 'loading' | 'ready' | 'failed';
export type { JournalProblem } from '../core/import-run';

/**
 * Where the journal lives and whether the browser keeps it: 'kept' (persisted), 'may-clear' (the
 * browser may clear it when space runs low), 'unknown' (the browser does not say).
 */
export interface StorageKeeping {
  readonly kept: 'kept' | 'may-clear' | 'unknown';
  readonly place: 'home-screen-app' | 'browser';
}

export interface ImportOutcome {
  readonly run: ImportRun;
  /**
   * The journal as it was before the import, when it held anything: saved for the person
   * whatever the outcome, so that an import can always be undone.
   */
  readonly backup: Blob | null;
}

export interface JournalDeps {
  readonly loadPlatform: () => Promise<JournalPlatform>;
  readonly settings: SettingsStore;
  /**
   * Other databases that hold the person's data, deleted with everything else ("delete all
   * data"): the session's checkpoints. app.ts names them.
   */
  readonly otherDatabases?: readonly string[];
}

export interface Journal {
  /** Every session's trend row (stored plus not yet written), oldest first. */
  readonly rows: ReadonlySignal<readonly TrendRow[]>;
  /** The latest sessions in full (stored plus not yet written), newest first. */
  readonly recent: ReadonlySignal<readonly JournalEntry[]>;
  /** Entries kept in memory because writing them failed; retry or export them. */
  readonly unsaved: ReadonlySignal<readonly JournalEntry[]>;
  readonly status: ReadonlySignal<JournalStatus>;
  readonly problem: ReadonlySignal<JournalProblem | undefined>;
  /**
   * Goes up after an import and after "delete all data": records kept beside the sessions
   * (JournalExtras, e.g. the trial's) read again when it changes.
   */
  readonly revision: ReadonlySignal<number>;
  /**
   * Loads the journal's database code (Dexie) and opens the database ahead of use, reading no
   * session: the app calls it when the user heads for History, so that opening History waits
   * for neither.
   */
  prepare(): Promise<void>;
  /** Opens the journal: trend rows and the latest sessions (once; later calls reuse it). */
  load(): Promise<void>;
  /** Shows older sessions too. */
  showMore(): Promise<void>;
  /** Every session in full, oldest first, unsaved ones included (for export and backup). */
  loadAll(): Promise<JournalEntry[]>;
  /** Every record beside the sessions (JournalExtras), for export. */
  loadExtras(): Promise<JournalExtras>;
  /** Saves one entry durably; on failure keeps it in memory and returns false. */
  save(entry: JournalEntry): Promise<boolean>;
  /**
   * Saves a finished session with the person's answers after it (readings after, tender and
   * right points, note): the after-session screen's one verb.
   */
  saveAfterSession(record: SessionRecord, answers: AfterSessionAnswers): Promise<boolean>;
  /** Writes the entries kept in memory again. */
  retryUnsaved(): Promise<boolean>;
  /**
   * Imports a journal file off the page's thread: checks it, backs the journal up, and adds
   * what is new in one transaction (sessions already kept, by id, are skipped). `onStage` hears
   * each stage as it starts. When the write fails or the journal would be too full, nothing
   * changes and `problem` says why.
   */
  importFile(
    file: Blob,
    nowMs: number,
    onStage?: (stage: ImportStage) => void,
  ): Promise<ImportOutcome>;
  /** Removes every trace: journal database, session checkpoints, caches and settings. */
  deleteAll(): Promise<void>;
  /** Where the journal lives and whether it is kept; undefined until checked or asked. */
  readonly storage: ReadonlySignal<StorageKeeping | undefined>;
  /** Reads whether the browser keeps the journal (without asking it to). */
  checkStorage(): Promise<void>;
  /** When the last backup (a JSON export) was saved; undefined when never. */
  readonly lastBackupAtMs: ReadonlySignal<number | undefined>;
  /** A backup was saved at `epochMs`. */
  noteBackup(epochMs: number): void;
}

export const lastBackupKey = 'journal.lastBackupAt';
/** Sessions shown in full at first, and added by each "show older". */
export const recentPageSize = 20;

const newestFirst = (entries: readonly JournalEntry[]) => sortEntries(entries).reverse();

export function createJournal(deps: JournalDeps): Journal {
  const storedRows = signal<readonly TrendRow[]>([]);
  const storedLatest = signal<readonly JournalEntry[]>([]);
  const unsaved = signal<readonly JournalEntry[]>([]);
  const status = signal<JournalStatus>('idle');
  const problem = signal<JournalProblem | undefined>(undefined);
  const revision = signal(0);
  const rows = computed(() => mergeRows(storedRows.value, unsaved.value.map(trendRowOf)));
  const recent = computed(() => newestFirst(mergeEntries(storedLatest.value, unsaved.value)));
  const storage = signal<StorageKeeping | undefined>(undefined);
  const lastBackupAt = deps.settings.read<number>(lastBackupKey);
  const lastBackupAtMs = signal(typeof lastBackupAt === 'number' ? lastBackupAt : undefined);
  let latestCount = recentPageSize;
  let platform: Promise<JournalPlatform> | undefined;
  let loading: Promise<void> | undefined;

  const getPlatform = () => {
    platform ??= deps.loadPlatform().catch((error: unknown) => {
      platform = undefined;
      throw error;
    });
    return platform;
  };

  const keepingOf = (current: JournalPlatform, isKept: boolean | undefined): StorageKeeping => ({
    kept: isKept === undefined ? 'unknown' : isKept ? 'kept' : 'may-clear',
    place: current.isHomeScreenApp() ? 'home-screen-app' : 'browser',
  });
  let hasAskedToKeep = false;
  /**
   * Once a page has saved to the journal, asks the browser to keep the storage, unless it does
   * already: the first saved session asks; a page that finds it not kept asks again
   * on its first save (the app may have been installed since, which browsers reward).
   */
  const askToKeep = async () => {
    if (hasAskedToKeep) return;
    hasAskedToKeep = true;
    const current = await getPlatform();
    const isKept = await current.persistence.isPersisted();
    storage.value = keepingOf(
      current,
      isKept === false ? await current.persistence.persist() : isKept,
    );
  };

  let hasRows = false;
  const refresh = async () => {
    const { store } = await getPlatform();
    const overview = await store.overview(latestCount);
    storedRows.value = overview.rows;
    storedLatest.value = overview.latest;
    hasRows = true;
  };

  /** How many sessions the journal would hold with `batch` written. */
  const sessionsWith = async (batch: readonly { readonly id: string }[]) => {
    if (!hasRows) await refresh();
    const stored = new Set(storedRows.value.map((row) => row.id));
    return stored.size + new Set(batch.map((e) => e.id).filter((id) => !stored.has(id))).size;
  };

  const write = async (batch: readonly JournalEntry[]): Promise<boolean> => {
    try {
      if ((await sessionsWith(batch)) > maxJournalSessions) {
        unsaved.value = mergeEntries(unsaved.value, batch);
        problem.value = 'full';
        return false;
      }
      const { store } = await getPlatform();
      if (batch.length === 1 && batch[0]) await store.put(batch[0]);
      else await store.putMany(batch);
      storedRows.value = mergeRows(storedRows.value, batch.map(trendRowOf));
      // Only the page the list shows stays in memory: a long day of sessions does not pile up.
      storedLatest.value = newestFirst(mergeEntries(storedLatest.value, batch)).slice(
        0,
        latestCount,
      );
      const written = new Set(batch.map((entry) => entry.id));
      unsaved.value = unsaved.value.filter((entry) => !written.has(entry.id));
      problem.value = undefined;
      void askToKeep().catch(() => undefined);
      return true;
    } catch (error) {
      unsaved.value = mergeEntries(unsaved.value, batch);
      problem.value = problemOf(error);
      return false;
    }
  };

  return {
    rows,
    recent,
    unsaved,
    status,
    problem,
    revision,
    prepare: () =>
      getPlatform()
        .then(({ store }) => store.open())
        .catch(() => undefined),
    load() {
      loading ??= (async () => {
        status.value = 'loading';
        try {
          await refresh();
          status.value = 'ready';
        } catch {
          status.value = 'failed';
          problem.value = 'load';
          loading = undefined;
        }
      })();
      return loading;
    },
    async showMore() {
      latestCount += recentPageSize;
      try {
        const { store } = await getPlatform();
        storedLatest.value = await store.latest(latestCount);
      } catch {
        problem.value = 'load';
      }
    },
    async loadAll() {
      const { store } = await getPlatform();
      return mergeEntries(await store.all(), unsaved.value);
    },
    async loadExtras() {
      const { store } = await getPlatform();
      return store.extras();
    },
    save: (entry) => write([entry]),
    saveAfterSession: (record, answers) => write([entryFromRecord(record, answers)]),
    retryUnsaved: () => (unsaved.value.length === 0 ? Promise.resolve(true) : write(unsaved.value)),
    async importFile(file, nowMs, onStage = () => undefined) {
      let outcome: ImportOutcome;
      try {
        const { importer } = await getPlatform();
        outcome = await importer.run(file, unsaved.value, nowMs, onStage);
      } catch {
        // The worker could not start or stopped: nothing was written (one transaction).
        outcome = { run: { kind: 'failed', problem: 'write' }, backup: null };
      }
      const { run } = outcome;
      if (run.kind === 'full') problem.value = 'full';
      else if (run.kind === 'failed') problem.value = run.problem;
      else if (run.kind === 'done') {
        if (run.added > 0) void askToKeep().catch(() => undefined);
        revision.value += 1;
        try {
          await refresh();
          status.value = 'ready';
          problem.value = undefined;
        } catch {
          problem.value = 'load';
        }
      }
      return outcome;
    },
    async deleteAll() {
      const current = await getPlatform();
      await current.store.destroy();
      for (const name of deps.otherDatabases ?? []) await current.deleteDatabase(name);
      await current.clearUserCaches();
      for (const key of deps.settings.keys()) deps.settings.remove(key);
      lastBackupAtMs.value = undefined;
      storedRows.value = [];
      storedLatest.value = [];
      hasRows = true;
      unsaved.value = [];
      problem.value = undefined;
      status.value = 'ready';
      revision.value += 1;
    },
    storage,
    async checkStorage() {
      const current = await getPlatform();
      storage.value = keepingOf(current, await current.persistence.isPersisted());
    },
    lastBackupAtMs,
    noteBackup(epochMs) {
      deps.settings.write(lastBackupKey, epochMs);
      lastBackupAtMs.value = epochMs;
    },
  };
}

/** A journal entry from a session record and the after-session answers. */
/** What the person answers after a session. */
export type AfterSessionAnswers = Pick<
  JournalEntry,
  'after' | 'tenderPoints' | 'rightPoints' | 'note'
>;

export function entryFromRecord(record: SessionRecord, answers: AfterSessionAnswers): JournalEntry {
  // Times are whole milliseconds in the journal (the session clock can give fractions).
  return {
    ...record,
    startedAtEpochMs: Math.round(record.startedAtEpochMs),
    endedAtEpochMs: Math.round(record.endedAtEpochMs),
    activeMs: Math.round(record.activeMs),
    holdMs: Math.round(record.holdMs),
    steps: [...record.steps],
    before: { ...record.before },
    ...answers,
  };
}
