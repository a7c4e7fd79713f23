import { formatClock } from '../../../i18n/durations';
import { locale, t } from '../../../i18n/i18n';
import { useApp } from '../../../app-context';
import { useState } from 'preact/hooks';
import { parsePlayLog, playLogKey, type PlayEntry } from '../core/play-log';
import { LockCheckView } from './lock-check-view';

/** Set once the advice was read: it is shown one time, not at every visit. */
const adviceSeenKey = 'session.playLogAdviceSeen';

function entryText(entry: PlayEntry): string {
  const date = new Intl.DateTimeFormat(locale.value, {
    dateStyle: 'medium',
    timeStyle: 'short',
  }).format(entry.startedAtEpochMs);
  const time = formatClock(entry.atMs);
  switch (entry.outcome) {
    case 'finished':
      return t('session.playLog.finished', { date });
    case 'ended-early':
      return t('session.playLog.endedEarly', { date, time });
    case 'stopped':
      return t('session.playLog.stopped', { date, time });
    case 'running':
      return t('session.playLog.running', { date, time });
  }
}

/**
 * Settings' "How sessions played on this device": the local play log (core/play-log.ts), and,
 * once the sound has stopped with the screen locked, advice for the phone it happened on.
 */
export function PlayLogSettings() {
  const { settings } = useApp();
  const [adviceSeen, setAdviceSeen] = useState(
    () => settings.read<boolean>(adviceSeenKey) === true,
  );
  const log = parsePlayLog(settings.read(playLogKey));
  const stoppedLocked = log.some((entry) => entry.outcome === 'stopped' && entry.wasHidden);
  return (
    <section aria-labelledby="settings-play-log">
      <h2 id="settings-play-log">{t('session.playLog.title')}</h2>
      <p class="quiet">{t('session.playLog.intro')}</p>
      {log.length === 0 ? (
        <p>{t('session.playLog.empty')}</p>
      ) : (
        <ul class="play-log">
          {log.map((entry) => (
            <li key={entry.startedAtEpochMs}>
              {entryText(entry)} {entry.wasHidden && t('session.playLog.hidden')}
            </li>
          ))}
        </ul>
      )}
      <LockCheckView />
      {stoppedLocked && !adviceSeen && (
        <div class="note">
          <p>{t('session.playLog.advice')}</p>
          <button
            type="button"
            onClick={() => {
              settings.write(adviceSeenKey, true);
              setAdviceSeen(true);
            }}
          >
            {t('session.playLog.adviceDone')}
          </button>
        </div>
      )}
    </section>
  );
}
