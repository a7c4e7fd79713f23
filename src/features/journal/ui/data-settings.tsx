import { useSignal } from '@preact/signals';
import { useEffect, useRef } from 'preact/hooks';
import { t, tCount } from '../../../i18n/i18n';
import { importMaxBytes, validateImport } from '../../../domain/records/import-file';
import { describeImportProblem } from './import-problem';
import { journalFileName as fileName, saveBackup } from './backup';
import { useApp, useModel } from '../../../app-context';
import { exportToCsv } from '../core/csv';
import { exportToJson } from '../../../domain/records/export-file';
import { maxQuickRatings } from '../../../domain/records/quick-rating';
import { maxJournalSessions } from '../../../domain/records/session-entry';
import { maxTrials } from '../../../domain/records/trial-record';
import { maxSpotMarks } from '../../../domain/records/spot-mark';
import { downloadText } from '../../../shared/ui/download';

type Message = { readonly kind: 'status' | 'alert'; readonly text: string };

/** The import's file field: the storage section's "Import a backup" opens it. */
export const importInputId = 'journal-import';

/**
 * Export (CSV, JSON), import (validated; a backup of the current journal is downloaded first),
 * and "delete all data" with a confirmation. Rendered on /history and in /settings.
 */
export function DataSettings() {
  const app = useApp();
  const journal = useModel(app.journal);
  const { reminders } = app;
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
      downloadText(fileName('', 'csv'), 'text/csv', exportToCsv(await journal.loadAll()));
    } else await saveBackup(journal, Date.now());
    message.value = { kind: 'status', text: t('journal.data.exported') };
  };

  const importFile = async (file: File) => {
    busy.value = true;
    message.value = { kind: 'status', text: t('journal.data.importing') };
    try {
      // The size cap is checked before reading, so a huge file is never loaded into memory.
      const result =
        file.size > importMaxBytes
          ? validateImport('', file.size)
          : validateImport(await file.text(), file.size);
      if (!result.ok) {
        message.value = {
          kind: 'alert',
          text: t('journal.data.importFailed', { reason: describeImportProblem(result.problem) }),
        };
        return;
      }
      const current = await journal.loadAll();
      const currentExtras = await journal.loadExtras();
      if (
        current.length > 0 ||
        currentExtras.ratings.length > 0 ||
        currentExtras.trials.length > 0 ||
        currentExtras.spots.length > 0
      ) {
        downloadText(
          fileName('-backup', 'json'),
          'application/json',
          exportToJson(current, Date.now(), currentExtras),
        );
      }
      const outcome = await journal.importEntries(result.data.entries, result.data);
      if (!outcome) {
        message.value = {
          kind: 'alert',
          text:
            journal.problem.value === 'full'
              ? t('journal.data.importFull', {
                  sessions: maxJournalSessions,
                  ratings: maxQuickRatings,
                  trials: maxTrials,
                  spots: maxSpotMarks,
                })
              : t('journal.data.importWriteFailed'),
        };
        return;
      }
      const skipped =
        outcome.skipped > 0 ? ` ${tCount('journal.data.skipped', outcome.skipped)}` : '';
      message.value = {
        kind: 'status',
        text: `${tCount('journal.data.imported', outcome.added)}${skipped}`,
      };
    } finally {
      busy.value = false;
      if (fileInput.current) fileInput.current.value = '';
    }
  };

  const deleteEverything = async () => {
    busy.value = true;
    try {
      await journal.deleteAll();
      reminders.setPlan(undefined);
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
