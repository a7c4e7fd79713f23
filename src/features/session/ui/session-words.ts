import { t } from '../../../i18n/i18n';
import { pointText } from '../../../i18n/point-text';
import { findPoint, type Side, type Region } from '../../../domain/points';
import type { Cue, Timeline } from '../core/timeline';
import type { SessionWords } from '../model/session-model';
import { sideWordKey } from '../../../domain/point-words';

/** "left hand", "right shoulder", "left side": the side as the point's body part says it. */
export function sideLabel(region: Region, side: Side): string {
  return t(sideWordKey(region, side));
}

function pointAndSide(timeline: Timeline, stepIndex: number) {
  const step = timeline.plan.steps[stepIndex];
  if (!step) return undefined;
  const point = findPoint(step.pointId);
  return {
    step,
    params: { point: pointText(point.id).name, side: sideLabel(point.region, step.side) },
  };
}

/** The words for a cue: spoken by the voice and shown on the screen alike. */
export function cueText(timeline: Timeline, cue: Cue): string | null {
  const found = pointAndSide(timeline, cue.stepIndex);
  const params = found?.params ?? {};
  switch (cue.kind) {
    case 'get-ready':
      return t('session.cue.getReady', params);
    case 'next-point':
      return t('session.cue.nextPoint', params);
    case 'switch-side':
      return t('session.cue.switchSide', params);
    case 'start':
      return found?.step.technique.kind === 'pulse'
        ? t('session.cue.startPulse')
        : t('session.cue.startHold');
    case 'half':
      return t('session.cue.half');
    case 'ten-left':
      return t('session.cue.tenLeft');
    case 'press':
      return t('session.cue.press');
    case 'release':
      return t('session.cue.release');
    case 'done':
      return t('session.cue.done');
    default:
      return null;
  }
}

/** The session model's words, in the language shown now; the app hands them to the model. */
export const sessionWords: SessionWords = {
  cue: cueText,
  paused: () => t('session.paused'),
  moreTimeAdded: (seconds) => t('session.moreTimeAdded', { seconds }),
  mediaStep(timeline, stepIndex) {
    const found = pointAndSide(timeline, stepIndex);
    if (!found) return null;
    return {
      title: t('session.media.step', found.params),
      subtitle: t('session.stepOf', { number: stepIndex + 1, total: timeline.plan.steps.length }),
      album: t('session.mediaTitle'),
    };
  },
};
