import { t, tCount } from '../../../i18n/i18n';
import { minDetectableChange0to10 } from '../../../domain/sources';
import { EmergencyNumber, RedFlagList } from '../../safety/ui';
import type { Adherence } from '../core/adherence';
import { meaningfulChange0to10, minBlocksForInterval } from '../core/analysis';
import type { PauseReason, StopReason } from '../../../domain/records/trial-record';
import type { TrialAnswer } from '../model/trial-model';
import { turnTrialThresholdDeg } from '../core/turn-measure';
import { formatPoints } from './format';

const important = () => formatPoints(meaningfulChange0to10);

/** How a difference is drawn: the number line's reach, its band, ticks and words. */
interface PictureScale {
  readonly reach: number;
  readonly band: number;
  readonly format: (value: number) => string;
  readonly label: string;
  readonly lowerSide: string;
  readonly higherSide: string;
}

/** A number line (pain: −5 to +5 points; turn: −30° to +30°): the band, zero, the interval and the mean. */
function DifferencePicture({
  answer,
  scale,
}: {
  readonly answer: TrialAnswer;
  readonly scale: PictureScale;
}) {
  const { interval, meanDifference } = answer.analysis;
  const { reach, band } = scale;
  const x = (value: number) =>
    20 + ((Math.max(-reach, Math.min(reach, value)) + reach) / (2 * reach)) * 280;
  return (
    <svg class="trial-picture" viewBox="0 0 320 98" role="img" aria-label={scale.label}>
      <rect class="trial-band" x={x(-band)} y={14} width={x(band) - x(-band)} height={34} />
      <line class="trial-axis" x1={20} y1={48} x2={300} y2={48} />
      {[-reach, -band, 0, band, reach].map((tick) => (
        <g key={tick}>
          <line class="trial-axis" x1={x(tick)} y1={44} x2={x(tick)} y2={52} />
          <text x={x(tick)} y={64} text-anchor="middle">
            {scale.format(tick)}
          </text>
        </g>
      ))}
      {interval && (
        <line class="trial-interval" x1={x(interval.low)} y1={31} x2={x(interval.high)} y2={31} />
      )}
      {meanDifference !== undefined && (
        <circle class="trial-mean" cx={x(meanDifference)} cy={31} r={5} />
      )}
      <text x={20} y={80}>
        ← {scale.lowerSide}
      </text>
      {/* A line of its own: side by side, the two ran into each other in Spanish. */}
      <text x={300} y={94} text-anchor="end">
        {scale.higherSide} →
      </text>
    </svg>
  );
}

const painScale = (): PictureScale => ({
  reach: 5,
  band: meaningfulChange0to10,
  format: (value) => formatPoints(value, true),
  label: t('trial.picture.label', { important: important() }),
  lowerSide: t('trial.picture.lowerSide'),
  higherSide: t('trial.picture.higherSide'),
});

/** "+6°", in the current language. */
const degrees = (value: number, signed = false, fixed = false) =>
  t('trial.turn.degrees', { n: formatPoints(value, signed, fixed) });

/**
 * The turn picture's reach: ±30°, or further in steps of 10° so that the interval and the mean
 * are drawn where they are, never clipped at the edge.
 */
function turnReach(answer: TrialAnswer): number {
  const { interval, meanDifference } = answer.analysis;
  const furthest = Math.max(
    Math.abs(interval?.low ?? 0),
    Math.abs(interval?.high ?? 0),
    Math.abs(meanDifference ?? 0),
  );
  return Math.max(30, Math.ceil(furthest / 10) * 10);
}

const turnScale = (reach: number): PictureScale => ({
  reach,
  band: turnTrialThresholdDeg,
  format: (value) => degrees(value, true),
  label: t('trial.turn.pictureLabel', { threshold: turnTrialThresholdDeg, reach }),
  lowerSide: t('trial.turn.smallerSide'),
  higherSide: t('trial.turn.largerSide'),
});

/** The answer's heading; a trial stopped before its last day says first that it is less certain. */
function AnswerTitle({ isEarly }: { readonly isEarly: boolean }) {
  return (
    <>
      <h2 id="trial-answer-title">{t('trial.answer.title')}</h2>
      {isEarly && (
        <p class="trial-early">
          <strong>{t('trial.answer.early')}</strong>
        </p>
      )}
    </>
  );
}

/**
 * A turn trial's answer, in degrees, left and right added together: the difference,
 * its interval, the picture and the verdict in words, each difference called only beyond the
 * test's own spread.
 */
function TurnAnswer({
  answer,
  isEarly,
}: {
  readonly answer: TrialAnswer & { readonly measure: 'turn' };
  readonly isEarly: boolean;
}) {
  const { analysis, verdict } = answer;
  const { meanDifference, interval, completeBlocks } = analysis;
  return (
    <section class="trial-answer" aria-labelledby="trial-answer-title">
      <AnswerTitle isEarly={isEarly} />
      <p>{t('trial.turn.measure')}</p>
      {meanDifference === undefined ? (
        <p>{t('trial.turn.none')}</p>
      ) : (
        <p>
          {Math.abs(meanDifference) < 0.05
            ? t('trial.turn.same')
            : t(meanDifference > 0 ? 'trial.turn.larger' : 'trial.turn.smaller', {
                amount: degrees(Math.abs(meanDifference), false, true),
              })}{' '}
          {interval
            ? t('trial.turn.interval', {
                low: degrees(interval.low, true, true),
                high: degrees(interval.high, true, true),
                count: completeBlocks,
              })
            : tCount('trial.turn.noInterval', completeBlocks, { needed: minBlocksForInterval })}
        </p>
      )}
      <DifferencePicture answer={answer} scale={turnScale(turnReach(answer))} />
      <p class="trial-verdict">
        <strong>
          {t('trial.verdict.label')} {t(`trial.verdict.${verdict}`)}
        </strong>
      </p>
      {verdict === 'cant-tell' && (
        <p>
          {answer.blocksThatWouldTell === undefined
            ? t('trial.turn.moreBlocksUnknown')
            : t('trial.turn.moreBlocks', { blocks: answer.blocksThatWouldTell })}
        </p>
      )}
      <p>{t('trial.verdict.meaning')}</p>
      <p class="quiet">{t('trial.turn.thresholds', { threshold: turnTrialThresholdDeg })}</p>
      <p class="quiet">{t('trial.turn.method')}</p>
    </section>
  );
}

/**
 * The difference, its interval, the picture and the one plain verdict, with their sources; a
 * trial stopped before its last day says first that it is less certain.
 */
export function AnswerView({
  answer,
  isEarly = false,
}: {
  readonly answer: TrialAnswer;
  readonly isEarly?: boolean;
}) {
  if (answer.measure === 'turn') return <TurnAnswer answer={answer} isEarly={isEarly} />;
  const { analysis, verdict } = answer;
  const { meanDifference, interval, completeBlocks } = analysis;
  return (
    <section class="trial-answer" aria-labelledby="trial-answer-title">
      <AnswerTitle isEarly={isEarly} />
      {meanDifference === undefined ? (
        <p>{t('trial.answer.none')}</p>
      ) : (
        <p>
          {Math.abs(meanDifference) < 0.05
            ? t('trial.answer.same')
            : t(meanDifference < 0 ? 'trial.answer.lower' : 'trial.answer.higher', {
                amount: formatPoints(Math.abs(meanDifference), false, true),
              })}{' '}
          {interval
            ? t('trial.answer.interval', {
                low: formatPoints(interval.low, true, true),
                high: formatPoints(interval.high, true, true),
                count: completeBlocks,
              })
            : tCount('trial.answer.noInterval', completeBlocks, { needed: minBlocksForInterval })}
        </p>
      )}
      <DifferencePicture answer={answer} scale={painScale()} />
      <p class="trial-verdict">
        <strong>
          {t('trial.verdict.label')} {t(`trial.verdict.${verdict}`)}
        </strong>
      </p>
      {(verdict === 'cant-tell' || verdict === 'lower-not-clearly-meaningful') && (
        <p>
          {answer.blocksThatWouldTell === undefined
            ? t('trial.verdict.moreBlocksUnknown')
            : t('trial.verdict.moreBlocks', { blocks: answer.blocksThatWouldTell })}
        </p>
      )}
      <p>{t('trial.verdict.meaning')}</p>
      <p class="quiet">
        {t('trial.thresholds', {
          important: important(),
          detectable: formatPoints(minDetectableChange0to10),
        })}
      </p>
      <p class="quiet">{t('trial.method')}</p>
    </section>
  );
}

/**
 * What the answer cannot tell (clinical.md "The personal trial"), and how closely the
 * plan was followed: routine days done, comparison days pressed, painkillers noted.
 */
export function CannotTell({ adherence }: { readonly adherence?: Adherence | undefined }) {
  return (
    <section class="trial-cannot" aria-labelledby="trial-cannot-title">
      <h2 id="trial-cannot-title">{t('trial.cannot.title')}</h2>
      <ul>
        <li>{t('trial.cannot.knew')}</li>
        <li>{t('trial.cannot.routine')}</li>
        <li>{t('trial.cannot.others')}</li>
        <li>{t('trial.cannot.carryover')}</li>
      </ul>
      {adherence && (
        <>
          <h3>{t('trial.adherence.title')}</h3>
          <p>
            {t('trial.adherence.routine', {
              done: adherence.routineDaysDone,
              total: adherence.routineDays,
            })}
            ; {tCount('trial.adherence.comparison', adherence.comparisonDaysPressed)}
          </p>
          <p>
            {t('trial.adherence.painkiller', {
              routine: adherence.painkillerRoutineDays,
              comparison: adherence.painkillerComparisonDays,
            })}
          </p>
        </>
      )}
    </section>
  );
}

/**
 * The stop rule's message, under a neutral title. A ticked warning sign may be an emergency
 * one, so it leads with the emergency number block as Help shows it, then "see a doctor today /
 * before self-care", then why it stopped and the warning signs (clinical.md "The personal trial").
 */
export function HaltView({
  reasons,
  withFlags = true,
}: {
  readonly reasons: readonly StopReason[];
  readonly withFlags?: boolean;
}) {
  return (
    <section class="trial-halt" aria-labelledby="trial-halt-title">
      <h2 id="trial-halt-title" class="alert">
        {t('trial.halt.title')}
      </h2>
      <EmergencyNumber lead={(number) => t('trial.halt.emergency', { number })} />
      <p class="lead">{t('trial.halt.doctor')}</p>
      <p>{t('trial.halt.intro')}</p>
      <ul>
        {reasons.map((reason) => (
          <li key={reason}>{t(`trial.halt.${reason}`, { important: important() })}</li>
        ))}
      </ul>
      <p>{t('trial.halt.advice')}</p>
      {withFlags && <RedFlagList />}
    </section>
  );
}

/** The two-week / getting-worse pause: see a doctor; go on only once one has seen the neck. */
export function PauseView({
  reason,
  onResume,
}: {
  readonly reason: PauseReason;
  readonly onResume?: () => void;
}) {
  return (
    <section class="trial-halt" aria-labelledby="trial-pause-title">
      <h2 id="trial-pause-title" class="alert">
        {t('trial.pause.title')}
      </h2>
      <p class="lead">{t(`trial.pause.${reason}`)}</p>
      <p>{t('trial.pause.next')}</p>
      {onResume && (
        <p>
          <button type="button" onClick={onResume}>
            {t('trial.pause.resume')}
          </button>
        </p>
      )}
    </section>
  );
}
