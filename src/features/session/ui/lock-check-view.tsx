import { useEffect, useState } from 'preact/hooks';
import { locale, t } from '../../../i18n/i18n';
import { useApp } from '../../../app-context';
import { lockCheckTones } from '../model/lock-check';
import type { SessionModel } from '../model/session-model';

const seconds = (ms: number) => Math.round(ms / 1000);

function Check({ model }: { model: SessionModel }) {
  const check = model.lockCheck;
  const last = check.last.value;
  return (
    <div class="lock-check">
      <h3>{t('session.lockCheck.title')}</h3>
      <p>{t('session.lockCheck.intro')}</p>
      {check.phase.value === 'idle' && (
        <button type="button" onClick={() => check.run()} disabled={model.isActive.value}>
          {t('session.lockCheck.run')}
        </button>
      )}
      {check.phase.value === 'playing' && (
        <>
          <p role="status">{t('session.lockCheck.playing')}</p>
          <button type="button" onClick={() => check.stop()}>
            {t('session.lockCheck.stop')}
          </button>
        </>
      )}
      {check.phase.value === 'asking' && (
        <fieldset>
          <legend>
            {t('session.lockCheck.played', { seconds: seconds(check.playedMs.value) })}{' '}
            {t('session.lockCheck.ask')}
          </legend>
          <p class="link-row">
            {Array.from({ length: lockCheckTones + 1 }, (_, heard) => (
              <button type="button" key={heard} onClick={() => check.answer(heard)}>
                {heard}
              </button>
            ))}
          </p>
        </fieldset>
      )}
      {last && check.phase.value === 'idle' && (
        <p>
          {t('session.lockCheck.result', {
            date: new Intl.DateTimeFormat(locale.value, { dateStyle: 'medium' }).format(
              last.atEpochMs,
            ),
            seconds: seconds(last.playedMs),
            heard: last.heard,
          })}
        </p>
      )}
    </div>
  );
}

/**
 * The 60-second lock check, in Settings. The session's code loads when the section shows, so
 * that Run plays inside the tap.
 */
export function LockCheckView() {
  const { session } = useApp();
  const [model, setModel] = useState(session.current);
  useEffect(() => void session.load().then(setModel, () => undefined), [session]);
  return model ? <Check model={model} /> : null;
}
