import { signal, type ReadonlySignal } from '@preact/signals';
import {
  maxTurnResults,
  turnsOfSession,
  type TurnRecord,
} from '../../../domain/records/turn-result';
import type { TurnStore } from '../../../domain/records/store';
import { isBeforeOf, recordOf, type TurnLink } from '../core/turn-record';
import type { TurnResult } from '../core/turn-test';

export interface TurnResultsPorts {
  /** The journal's store (loaded on first use). */
  readonly loadStore: () => Promise<TurnStore>;
  /** Epoch milliseconds now. */
  readonly now: () => number;
  readonly newId: () => string;
  /** The person's local date at a moment, "YYYY-MM-DD". */
  readonly dayKeyOf: (epochMs: number) => string;
}

/** What a save came to: the record kept, or why nothing was kept. */
export type SaveOutcome =
  | { readonly kind: 'saved'; readonly record: TurnRecord }
  | { readonly kind: 'full' }
  | { readonly kind: 'failed' };

export interface TurnResultsModel {
  /** Every result, oldest first; empty until loaded. */
  readonly results: ReadonlySignal<readonly TurnRecord[]>;
  readonly isLoaded: ReadonlySignal<boolean>;
  /** Loads the results once, when a screen first needs them. */
  ensureLoaded(): void;
  /** Forgets the loaded results without opening the store (after an import or delete all). */
  unload(): void;
  /** Saves a test's result, on its own or with a session (before or after it). */
  save(result: TurnResult, link?: TurnLink): Promise<SaveOutcome>;
  /** Saves a test's result on its own, as a personal trial's measurement. */
  saveForTrial(result: TurnResult, trialId: string): Promise<SaveOutcome>;
  /**
   * Saves a result taken on the set-up screen, before the session has an id: kept at once on
   * its own, and tied to the session by `linkBefore` when that session ends.
   */
  saveBefore(result: TurnResult): Promise<SaveOutcome>;
  /** Ties this page's last before result to the session started at `startedAtMs`, if it is its. */
  linkBefore(sessionId: string, startedAtMs: number): Promise<void>;
  /** A session's results (the latest before and after). */
  ofSession(sessionId: string): { readonly before?: TurnRecord; readonly after?: TurnRecord };
}

export function createTurnResults(ports: TurnResultsPorts): TurnResultsModel {
  const results = signal<readonly TurnRecord[]>([]);
  const isLoaded = signal(false);
  let store: Promise<TurnStore> | undefined;
  const storeNow = () => (store ??= ports.loadStore());
  let pendingBefore: TurnRecord | undefined;

  const load = async () => {
    results.value = await (await storeNow()).turnResults();
    isLoaded.value = true;
  };
  let loading: Promise<void> | undefined;
  const ensureLoaded = () => {
    if (!isLoaded.value && !loading) {
      loading = load().finally(() => {
        loading = undefined;
      });
    }
    return loading ?? Promise.resolve();
  };

  const put = async (record: TurnRecord): Promise<SaveOutcome> => {
    try {
      if (!isLoaded.value) await (loading ?? load());
      const isNew = !results.value.some((each) => each.id === record.id);
      if (isNew && results.value.length >= maxTurnResults) return { kind: 'full' };
      await (await storeNow()).putTurnResult(record);
      results.value = [...results.value.filter((each) => each.id !== record.id), record].sort(
        (a, b) => a.atEpochMs - b.atEpochMs,
      );
      return { kind: 'saved', record };
    } catch {
      return { kind: 'failed' };
    }
  };

  const newRecord = (result: TurnResult, link?: TurnLink, trialId?: string) => {
    const atEpochMs = ports.now();
    return recordOf(result, {
      id: ports.newId(),
      atEpochMs,
      dayKey: ports.dayKeyOf(atEpochMs),
      ...(link ? { link } : {}),
      ...(trialId !== undefined ? { trialId } : {}),
    });
  };

  return {
    results,
    isLoaded,
    ensureLoaded() {
      void ensureLoaded().catch(() => undefined);
    },
    unload() {
      results.value = [];
      isLoaded.value = false;
      pendingBefore = undefined;
    },
    save: (result, link) => put(newRecord(result, link)),
    saveForTrial: (result, trialId) => put(newRecord(result, undefined, trialId)),
    async saveBefore(result) {
      const outcome = await put(newRecord(result));
      if (outcome.kind === 'saved') pendingBefore = outcome.record;
      return outcome;
    },
    async linkBefore(sessionId, startedAtMs) {
      const pending = pendingBefore;
      if (!pending || !isBeforeOf(pending.atEpochMs, startedAtMs)) return;
      pendingBefore = undefined;
      await put({ ...pending, sessionId, moment: 'before' });
    },
    ofSession: (sessionId) => turnsOfSession(results.value, sessionId),
  };
}
