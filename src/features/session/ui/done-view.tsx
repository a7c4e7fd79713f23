import { formatDuration } from '../../../i18n/durations';
import { t } from '../../../i18n/i18n';
import type { SessionModel } from '../model/session-model';
import type { SessionRecord } from '../../../domain/records/session-entry';
import { AfterSession } from './after-session';

/** The end: time spent, then the journal's after-session questions. */
export function DoneView({ model, record }: { model: SessionModel; record: SessionRecord }) {
  const done = record.steps.filter((step) => step.status === 'done').length;
  return (
    <section class="done" aria-labelledby="done-title">
      <h1 id="done-title">{t('session.doneTitle')}</h1>
      <p class="lead">
        {record.completed
          ? t('session.doneBody', {
              duration: formatDuration(record.activeMs),
              count: done,
              total: record.steps.length,
            })
          : t('session.endedBody', { duration: formatDuration(record.activeMs) })}
      </p>
      <AfterSession record={record} />
      <div class="actions">
        <a class="button" href="/">
          {t('session.home')}
        </a>
        <button type="button" onClick={() => model.reset()}>
          {t('session.again')}
        </button>
      </div>
    </section>
  );
}
