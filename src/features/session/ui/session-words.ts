import { t } from '../../../i18n/i18n';
import { pointText } from '../../../i18n/point-text';
import { findPoint, type Side, type Region } from '../../../domain/points';
import type { Cue, Timeline } from '../core/timeline';
import { cues } from '../core/cues';
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

/** The words for a cue (its row in core/cues.ts): spoken by the voice and shown alike. */
export function cueText(timeline: Timeline, cue: Cue): string | null {
  const words = cues[cue.kind].words;
  if (words === null) return null;
  const found = pointAndSide(timeline, cue.stepIndex);
  if (typeof words === 'string') return t(`session.cue.${words}`, found?.params);
  return t(`session.cue.${found?.step.technique.kind === 'pulse' ? words.pulse : words.hold}`);
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
