import { useSignal } from '@preact/signals';
import { t } from '../../../i18n/i18n';
import { useApp } from '../../../app-context';
import { reminderCalendarFile } from '../../../shared/core/ics';
import { type Weekday, localMoment } from '../../../shared/core/local-moment';
import { downloadText } from '../../../shared/ui/download';

// Monday first, as most calendars in our languages show the week.
const dayOrder: readonly Weekday[] = ['MO', 'TU', 'WE', 'TH', 'FR', 'SA', 'SU'];
const pad = (value: number) => String(value).padStart(2, '0');

/** Days and a time → a weekly .ics file for the person's own calendar, and the in-app note. */
export function ReminderSettings() {
  const app = useApp();
  const { reminders } = app;
  const current = reminders.plan.value;
  const days = useSignal<readonly Weekday[]>(current?.days ?? []);
  const time = useSignal(current ? `${pad(current.hour)}:${pad(current.minute)}` : '18:00');
  const message = useSignal<{ kind: 'status' | 'alert'; text: string } | undefined>(undefined);

  const save = () => {
    const [hour, minute] = time.value.split(':').map(Number);
    if (days.value.length === 0) {
      message.value = { kind: 'alert', text: t('journal.reminder.needDay') };
      return;
    }
    if (hour === undefined || minute === undefined || Number.isNaN(hour) || Number.isNaN(minute)) {
      return;
    }
    const plan = { days: days.value, hour, minute };
    reminders.setPlan(plan);
    const nowMs = app.now();
    downloadText(
      'acupress-reminder.ics',
      'text/calendar',
      reminderCalendarFile(plan, localMoment(new Date(nowMs)).dateKey, nowMs, {
        summary: t('journal.reminder.eventTitle'),
        description: t('journal.reminder.eventBody'),
      }),
    );
    reminders.check(nowMs);
    message.value = { kind: 'status', text: t('journal.reminder.saved') };
  };

  return (
    <section class="reminder-settings" aria-labelledby="reminder-title">
      <h2 id="reminder-title">{t('journal.reminder.title')}</h2>
      <p>{t('journal.reminder.intro')}</p>
      <form
        onSubmit={(event) => {
          event.preventDefault();
          save();
        }}
      >
        <fieldset class="point-choices day-choices">
          <legend>{t('journal.reminder.days')}</legend>
          {dayOrder.map((day) => (
            <label key={day} class="check-option">
              <input
                type="checkbox"
                checked={days.value.includes(day)}
                onChange={(event) => {
                  const on = event.currentTarget.checked;
                  days.value = on ? [...days.value, day] : days.value.filter((d) => d !== day);
                }}
              />
              <span>{t(`journal.day.${day}`)}</span>
            </label>
          ))}
        </fieldset>
        <label class="field" for="reminder-time">
          {t('journal.reminder.time')}
        </label>
        <input
          id="reminder-time"
          type="time"
          required
          value={time.value}
          onInput={(event) => (time.value = event.currentTarget.value)}
        />
        <p class="button-row">
          <button type="submit" class="primary">
            {t('journal.reminder.save')}
          </button>
          {reminders.plan.value && (
            <button
              type="button"
              onClick={() => {
                reminders.setPlan(undefined);
                reminders.check(app.now());
                message.value = { kind: 'status', text: t('journal.reminder.removed') };
              }}
            >
              {t('journal.reminder.remove')}
            </button>
          )}
        </p>
      </form>
      <p role="status">{message.value?.kind === 'status' ? message.value.text : ''}</p>
      <p role="alert">{message.value?.kind === 'alert' ? message.value.text : ''}</p>
    </section>
  );
}
