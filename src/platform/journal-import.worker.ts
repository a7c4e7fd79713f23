/// <reference lib="webworker" />
// A journal import runs here, off the page's thread: reading a file of up to 20,000 sessions,
// checking every field, backing up the journal and writing one transaction take seconds, and the
// page stays responsive and shows where it has got to. The journal's database is opened here too
// (IndexedDB works in workers), so no session crosses to the page.
import { runImport } from '../features/journal/core/import-run';
import { createDexieJournalStore } from './db';
import type { FromImportWorker, ToImportWorker } from './journal-import-protocol';

declare const self: DedicatedWorkerGlobalScope;

function post(message: FromImportWorker): void {
  self.postMessage(message);
}

self.onmessage = (event: MessageEvent<ToImportWorker>) => {
  const { file, unsaved, nowMs } = event.data;
  void runImport({
    byteSize: file.size,
    readText: () => file.text(),
    store: createDexieJournalStore(),
    unsaved,
    nowMs,
    onStage: (stage) => post({ type: 'stage', stage }),
    onBackup: (json) =>
      post({ type: 'backup', backup: new Blob([json], { type: 'application/json' }) }),
  }).then((run) => post({ type: 'done', run }));
};
