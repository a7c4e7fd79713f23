import { useSignal } from '@preact/signals';
import { useEffect, useRef } from 'preact/hooks';
import { t, tCount } from '../../../i18n/i18n';
import type { ImportRun, ImportStage } from '../core/import-run';
import { describeImportProblem } from './import-problem';
import { journalFileName as fileName, saveBackup } from './backup';
import { useApp, useLazyModel } from '../../../app-context';
import { exportToCsv } from '../core/csv';
import { maxQuickRatings } from '../../../domain/records/quick-rating';
import { maxJournalSessions } from '../../../domain/records/session-entry';
import { maxTrials } from '../../../domain/records/trial-record';
import { maxSpotMarks } from '../../../domain/records/spot-mark';
import { downloadBlob, downloadText } from '../../../shared/ui/download';

type Message = { readonly kind: 'status' | 'alert'; readonly text: string };

const stageMessage = {
  reading: 'journal.data.importReading',
  checking: 'journal.data.importing',
  'backing-up': 'journal.data.importBackingUp',
  saving: 'journal.data.importSaving',
} as const satisfies Record<ImportStage, string>;

/** What the screen says once an import has ended. */
function resultMessage(run: ImportRun): Message {
  switch (run.kind) {
    case 'invalid':
      return {
        kind: 'alert',
        text: t('journal.data.importFailed', { reason: describeImportProblem(run.problem) }),
      };
    case 'full':
      return {
        kind: 'alert',
        text: t('journal.data.importFull', {
          sessions: maxJournalSessions,
          ratings: maxQuickRatings,
          trials: maxTrials,
          spots: maxSpotMarks,
        }),
      };
    case 'failed':
      return { kind: 'alert', text: t('journal.data.importWriteFailed') };
    case 'done': {
      const skipped = run.skipped > 0 ? ` ${tCount('journal.data.skipped', run.skipped)}` : '';
      return { kind: 'status', text: `${tCount('journal.data.imported', run.added)}${skipped}` };
    }
  }
}

/** The import's file field: the storage section's "Import a backup" opens it. */
export const importInputId = 'journal-import';

/**
 * Export (CSV, JSON), import (validated; a backup of the current journal is downloaded first),
 * and "delete all data" with a confirmation. Rendered on /history and in /settings.
 */
export function DataSettings() {
  const app = useApp();
  const journal = useLazyModel(app.journal);
  const message = useSignal<Message | undefined>(undefined);
  const confirming = useSignal(false);
  const busy = useSignal(false);
  const fileInput = useRef<HTMLInputElement>(null);
  const confirmHeading = useRef<HTMLParagraphElement>(null);

  useEffect(() => {
    if (confirming.value) confirmHeading.current?.focus();
  }, [confirming.value]);

  const exportAs = async (kind: 'csv' | 'json') => {
    if (kind === 'csv') {
      downloadText(
        fileName(app.now(), '', 'csv'),
        'text/csv',
        exportToCsv(await journal.loadAll()),
      );
    } else await saveBackup(journal, app.now());
    message.value = { kind: 'status', text: t('journal.data.exported') };
  };

  const importFile = async (file: File) => {
    busy.value = true;
    const showStage = (stage: ImportStage) =>
      (message.value = { kind: 'status', text: t(stageMessage[stage]) });
    showStage('reading');
    try {
      const nowMs = app.now();
      const { run, backup } = await journal.importFile(file, nowMs, showStage);
      // In a task of its own: the one that read the journal again has just drawn History anew
      // (up to 20,000 sessions), and the two together would hold the page still for longer.
      await new Promise((resolve) => setTimeout(resolve));
      // The journal as it was, saved before the result is read: an import can be undone.
      if (backup) downloadBlob(fileName(nowMs, '-backup', 'json'), backup);
      message.value = resultMessage(run);
    } finally {
      busy.value = false;
      if (fileInput.current) fileInput.current.value = '';
    }
  };

  const deleteEverything = async () => {
    busy.value = true;
    try {
      await app.deleteAllData();
      message.value = { kind: 'status', text: t('journal.data.deleted') };
    } catch {
      message.value = { kind: 'alert', text: t('journal.data.deleteFailed') };
    } finally {
      busy.value = false;
      confirming.value = false;
    }
  };

  return (
    <section class="data-settings" aria-labelledby="data-settings-title">
      <h2 id="data-settings-title">{t('journal.data.title')}</h2>
      <p>{t('journal.data.intro')}</p>
      <p class="button-row">
        <button type="button" onClick={() => void exportAs('csv')}>
          {t('journal.data.exportCsv')}
        </button>
        <button type="button" onClick={() => void exportAs('json')}>
          {t('journal.data.exportJson')}
        </button>
      </p>
      <label class="field" for={importInputId}>
        {t('journal.data.importLabel')}
      </label>
      <p class="quiet" id="journal-import-hint">
        {t('journal.data.importHint')}
      </p>
      <input
        id={importInputId}
        ref={fileInput}
        type="file"
        accept="application/json,.json"
        aria-describedby="journal-import-hint"
        disabled={busy.value}
        onChange={(event) => {
          const file = event.currentTarget.files?.[0];
          if (file) void importFile(file);
        }}
      />
      <div class="data-message">
        <p role="status">{message.value?.kind === 'status' ? message.value.text : ''}</p>
        <p role="alert" class={message.value?.kind === 'alert' ? 'alert' : undefined}>
          {message.value?.kind === 'alert' ? message.value.text : ''}
        </p>
      </div>
      {confirming.value ? (
        <div class="card confirm-delete">
          <p ref={confirmHeading} tabIndex={-1} class="confirm-question">
            {t('journal.data.deleteQuestion')}
          </p>
          <p>{t('journal.data.deleteIntro')}</p>
          <p class="button-row">
            <button
              type="button"
              class="danger"
              disabled={busy.value}
              onClick={() => void deleteEverything()}
            >
              {t('journal.data.deleteConfirm')}
            </button>
            <button type="button" onClick={() => (confirming.value = false)}>
              {t('journal.data.deleteCancel')}
            </button>
          </p>
        </div>
      ) : (
        <p>
          <button
            type="button"
            class="danger"
            onClick={() => {
              confirming.value = true;
              message.value = undefined;
            }}
          >
            {t('journal.data.delete')}
          </button>
        </p>
      )}
    </section>
  );
}
