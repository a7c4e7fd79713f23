import { useEffect } from 'preact/hooks';
import { t } from '../../../i18n/i18n';
import type { StorageKeeping } from '../model/journal';
import { formatBackupDate } from './backup';
import { useBackupSaver } from './use-backup-saver';
import { OtherCopyNote } from './other-copy';

const keptWords = {
  kept: 'journal.storage.kept',
  'may-clear': 'journal.storage.mayClear',
  unknown: 'journal.storage.unknown',
} as const satisfies Record<StorageKeeping['kept'], string>;

/**
 * Settings' section on where the journal lives and whether it is kept: in this Home Screen app or
 * in this browser; kept by the browser (navigator.storage.persisted()) or not; the last backup,
 * with one tap to save another; and, when the journal here is empty, why it may be.
 */
export function StorageSettings() {
  const { journal, saved, save } = useBackupSaver();
  useEffect(() => {
    void journal.load();
    void journal.checkStorage().catch(() => undefined);
  }, [journal]);
  const storage = journal.storage.value;
  const lastBackupAtMs = journal.lastBackupAtMs.value;
  return (
    <section class="storage-settings" aria-labelledby="storage-settings-title">
      <h2 id="storage-settings-title">{t('journal.storage.title')}</h2>
      {storage && (
        <>
          <p>
            {t(
              storage.place === 'home-screen-app'
                ? 'journal.storage.inApp'
                : 'journal.storage.inBrowser',
            )}
          </p>
          <p class={storage.kept === 'kept' ? 'storage-kept' : 'storage-kept note'}>
            {t(keptWords[storage.kept])}
          </p>
          {/* Source: WebKit blog, "Full Third-Party Cookie Blocking and More" (24 March 2020):
              after 7 days of Safari use without a visit, a site's script-writable storage is
              deleted; Home Screen web apps have their own counter and keep theirs. */}
          {storage.place === 'browser' && <p class="quiet">{t('journal.storage.safari')}</p>}
        </>
      )}
      <OtherCopyNote journal={journal} />
      <p>
        {lastBackupAtMs === undefined
          ? t('journal.storage.noBackup')
          : t('journal.storage.lastBackup', { date: formatBackupDate(lastBackupAtMs) })}
      </p>
      <p>
        <button type="button" onClick={save}>
          {t('journal.storage.save')}
        </button>
      </p>
      <p role="status">{saved.value ? t('journal.storage.saved') : ''}</p>
    </section>
  );
}
