import workerUrl from './journal-import.worker.ts?worker&url';
import type { JournalImporter } from '../features/journal/ports';
import type { FromImportWorker, ToImportWorker } from './journal-import-protocol';
import { trustedScriptUrl } from './trusted-types';

/**
 * Runs each import in its own worker (journal-import.worker.ts), ended when the import ends, so
 * that the database connection and the file's memory go with it.
 */
export function createJournalImporter(): JournalImporter {
  return {
    run(file, unsaved, nowMs, onStage) {
      const worker = new Worker(trustedScriptUrl(workerUrl) as string, { name: 'journal-import' });
      let backup: Blob | null = null;
      return new Promise((resolve, reject) => {
        worker.onmessage = (event: MessageEvent<FromImportWorker>) => {
          const message = event.data;
          if (message.type === 'stage') onStage(message.stage);
          else if (message.type === 'backup') backup = message.backup;
          else {
            worker.terminate();
            resolve({ run: message.run, backup });
          }
        };
        worker.onerror = (event) => {
          worker.terminate();
          reject(new Error(event.message || 'the import worker failed'));
        };
        const message: ToImportWorker = { file, unsaved, nowMs };
        worker.postMessage(message);
      });
    },
  };
}
