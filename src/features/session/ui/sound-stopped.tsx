import { formatClock } from '../../../i18n/durations';
import { t } from '../../../i18n/i18n';
import { pointText } from '../../../i18n/point-text';
import { findPoint } from '../../../domain/points';
import type { SessionModel } from '../model/session-model';
import { sideLabel } from './session-words';

/**
 * The honest word when the session's sound stopped: where ("The sound stopped at 12:40, during
 * Fengchi, left side"), why when it is known (the 5-minute cap of a gate or a pause, or
 * something outside the app), and a button to go on from there.
 */
export function SoundStoppedNotice({ model }: { model: SessionModel }) {
  const stopped = model.soundStopped.value;
  const timeline = model.timeline.value;
  const step = stopped && timeline?.plan.steps[stopped.stepIndex];
  if (!stopped || !step) return null;
  const point = findPoint(step.pointId);
  return (
    <div role="alert" class="alert player-alert sound-stopped">
      <p>
        {t('session.soundStopped', {
          time: formatClock(stopped.atMs),
          point: pointText(point.id).name,
          side: sideLabel(point.region, step.side),
        })}{' '}
        {t(`session.soundStoppedWhy.${stopped.reason}`)}
      </p>
      {stopped.reason !== 'gate' && (
        <button type="button" class="primary" onClick={() => model.goOnAfterStop()}>
          {t('session.goOnFromThere')}
        </button>
      )}
    </div>
  );
}
