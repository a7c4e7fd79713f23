import { useEffect } from 'preact/hooks';
import { t } from '../../../i18n/i18n';
import { useApp } from '../../../app-context';

/**
 * The gentle in-app reminder: a quiet note at the top of the page on a chosen day after the
 * chosen time, until a session is saved or the person says "not today". No notification, no push.
 */
export function JournalReminder() {
  const { reminders, now } = useApp();
  useEffect(() => reminders.watch(), [reminders]);
  if (!reminders.isDue.value) return null;
  return (
    <aside class="note reminder-banner" aria-label={t('journal.reminder.label')}>
      <p>{t('journal.reminder.banner')}</p>
      <p class="button-row">
        <a class="button primary" href="/session">
          {t('journal.reminder.bannerStart')}
        </a>
        <button type="button" onClick={() => reminders.dismiss(now())}>
          {t('journal.reminder.bannerDismiss')}
        </button>
      </p>
    </aside>
  );
}
