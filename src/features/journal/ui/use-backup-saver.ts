import { useSignal } from '@preact/signals';
import { useApp, useLazyModel } from '../../../app-context';
import { saveBackup } from './backup';

/**
 * The journal, and one tap's backup: `save` downloads the whole journal as JSON (the import's
 * format) and notes when; `saved` turns true once it has, for the screen's "Saved" line. History's
 * nudge and Settings' storage section both offer it.
 */
export function useBackupSaver() {
  const app = useApp();
  const journal = useLazyModel(app.journal);
  const saved = useSignal(false);
  const save = async () => {
    await saveBackup(journal, app.now());
    saved.value = true;
  };
  return { app, journal, saved, save };
}
