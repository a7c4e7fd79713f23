import { useLocation } from 'preact-iso';
import { t } from '../../../i18n/i18n';
import { hasStartedSession } from '../../session/ui';
import { useApp } from '../../../app-context';
import { pointNames } from '../../../domain/point-names';
import { usePageTitle } from '../../../shared/ui/page-title';
import { pointName } from '../../../i18n/point-catalog';
import { TrialTodaySlot } from '../../trial/ui';
import { StopSignsLine } from '../../../shared/ui/stop-signs-line';

/**
 * "Start with last time's settings", once a session has been started from its set-up, and only
 * while the safety check is done and current (the same check the session route makes).
 */
function StartAgain() {
  const { route } = useLocation();
  const { settings, health, startAgain } = useApp();
  if (!hasStartedSession(settings) || !health.isScreeningDone.value) return null;
  // Heading for the button loads the session, so that the tap starts it, sound included.
  const prepare = () => startAgain.prepare();
  const start = () => {
    void startAgain
      .start()
      .catch(() => 'open-session')
      .then(() => route('/session'));
  };
  return (
    <>
      <p>
        <button
          type="button"
          class="button"
          aria-describedby="start-last-help"
          ref={(button) => void (button && prepare())}
          onPointerEnter={prepare}
          onTouchStart={prepare}
          onFocus={prepare}
          onClick={start}
        >
          {t('home.startLast')}
        </button>
      </p>
      <p id="start-last-help" class="quiet">
        {t('home.startLastHelp')}
      </p>
    </>
  );
}

export function Home() {
  usePageTitle(t('app.tagline'));
  return (
    <section class="home">
      <h1>{t('home.title')}</h1>
      <p class="lead">{t('home.intro')}</p>
      <TrialTodaySlot />
      <p>
        <a class="button primary" href="/session">
          {t('home.start')}
        </a>
      </p>
      <StartAgain />
      <StopSignsLine />
      <p class="quiet">{t('home.private')}</p>
      <h2>{t('home.points')}</h2>
      <p>{t('home.pointsIntro')}</p>
      <ol class="point-list">
        {pointNames.map((point) => (
          <li key={point.id}>
            <a href={`/points/${point.id}`}>
              <span class="point-name">{pointName(point.id).name}</span>{' '}
              <span class="point-code" lang="zh-Hans">
                {point.hanzi}
              </span>
            </a>
            <span class="quiet"> — {pointName(point.id).findShort}</span>
          </li>
        ))}
      </ol>
      <p class="quiet">{t('home.notCare')}</p>
    </section>
  );
}
