import { formatDuration } from '../../../i18n/durations';
import { locale, t } from '../../../i18n/i18n';
import { pointText } from '../../../i18n/point-text';
import type { Checkpoint } from '../core/checkpoint';
import type { SessionModel } from '../model/session-model';
import { sideLabel } from './session-words';
import { planSession } from '../core/planner';
import { findPoint } from '../../../domain/points';
import { deriveTimeline, stepAt } from '../core/timeline';
import { spokenTiming } from '../core/voice-track';

/** After a reload or crash: offer to carry on at the same step and second. */
export function ResumeCard({ model, checkpoint }: { model: SessionModel; checkpoint: Checkpoint }) {
  const timeline = deriveTimeline(
    planSession(checkpoint.painSide, checkpoint.planOptions),
    spokenTiming(checkpoint.timing, checkpoint.cueStyle, locale.value),
  );
  const position = stepAt(timeline, checkpoint.elapsedMs);
  const step = timeline.plan.steps[Math.min(position.stepIndex, timeline.plan.steps.length - 1)];
  const point = step ? findPoint(step.pointId) : undefined;
  return (
    <section class="card resume" aria-labelledby="resume-title">
      <h1 id="resume-title">{t('session.resumeTitle')}</h1>
      {point && step && (
        <p>
          {t('session.resumeBody', {
            point: pointText(point.id).name,
            side: sideLabel(point.region, step.side),
            time: formatDuration(checkpoint.elapsedMs),
          })}
        </p>
      )}
      {model.lockedElsewhere.value && (
        <p role="alert" class="alert">
          {t('session.lockedElsewhere')}
        </p>
      )}
      <div class="actions">
        <button type="button" class="primary" onClick={() => void model.resumeFromCheckpoint()}>
          {t('session.resume')}
        </button>
        <button type="button" onClick={() => void model.discardResumable()}>
          {t('session.discard')}
        </button>
      </div>
    </section>
  );
}
