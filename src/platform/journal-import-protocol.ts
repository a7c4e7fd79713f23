import type { JournalEntry } from '../domain/records/session-entry';
import type { ImportRun, ImportStage } from '../features/journal/core/import-run';

/** Messages between src/platform/journal-import.ts and its worker. */
export interface ToImportWorker {
  readonly file: Blob;
  readonly unsaved: readonly JournalEntry[];
  readonly nowMs: number;
}

export type FromImportWorker =
  | { readonly type: 'stage'; readonly stage: ImportStage }
  | { readonly type: 'backup'; readonly backup: Blob }
  | { readonly type: 'done'; readonly run: ImportRun };
