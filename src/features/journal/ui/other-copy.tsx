import { useEffect } from 'preact/hooks';
import { t } from '../../../i18n/i18n';
import type { Journal } from '../model/journal';
import { importInputId } from './data-settings';

/**
 * An empty journal may be the other copy: on iOS a Home Screen web app is not part of Safari and
 * keeps its own storage (Source: WebKit blog, "Full Third-Party Cookie Blocking and More",
 * 24 March 2020, and its update by J. Wilander), so someone who kept a journal in one finds the
 * other empty. Says so, and offers to import a backup (the data section's file field, on the same
 * screen).
 */
export function OtherCopyNote({ journal }: { readonly journal: Journal }) {
  useEffect(() => {
    if (!journal.storage.value) void journal.checkStorage().catch(() => undefined);
  }, [journal]);
  const storage = journal.storage.value;
  if (journal.status.value !== 'ready' || journal.rows.value.length > 0 || !storage) return null;
  return (
    <div class="other-copy">
      <p>
        {t(
          storage.place === 'home-screen-app'
            ? 'journal.otherCopy.inApp'
            : 'journal.otherCopy.inBrowser',
        )}
      </p>
      <p>
        <button type="button" onClick={() => document.getElementById(importInputId)?.click()}>
          {t('journal.otherCopy.import')}
        </button>
      </p>
    </div>
  );
}
