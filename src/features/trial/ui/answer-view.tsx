import { t, tCount } from '../../../i18n/i18n';
import { minDetectableChange0to10 } from '../../guide';
import { RedFlagList } from '../../safety/ui';
import { meaningfulChange0to10, minBlocksForInterval } from '../core/analysis';
import type { StopReason } from '../core/records';
import type { TrialAnswer } from '../model/trial-model';
import { formatPoints } from './format';

const important = () => formatPoints(meaningfulChange0to10);

/** A number line from −5 to +5: the meaningful band, zero, the interval and the mean. */
function DifferencePicture({ answer }: { readonly answer: TrialAnswer }) {
  const { interval, meanDifference } = answer.analysis;
  const x = (value: number) => 20 + ((Math.max(-5, Math.min(5, value)) + 5) / 10) * 280;
  return (
    <svg
      class="trial-picture"
      viewBox="0 0 320 84"
      role="img"
      aria-label={t('trial.picture.label', { important: important() })}
    >
      <rect
        class="trial-band"
        x={x(-meaningfulChange0to10)}
        y={14}
        width={x(meaningfulChange0to10) - x(-meaningfulChange0to10)}
        height={34}
      />
      <line class="trial-axis" x1={20} y1={48} x2={300} y2={48} />
      {[-5, -1.5, 0, 1.5, 5].map((tick) => (
        <g key={tick}>
          <line class="trial-axis" x1={x(tick)} y1={44} x2={x(tick)} y2={52} />
          <text x={x(tick)} y={64} text-anchor="middle">
            {formatPoints(tick, true)}
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
        ← {t('trial.picture.lowerSide')}
      </text>
      <text x={300} y={80} text-anchor="end">
        {t('trial.picture.higherSide')} →
      </text>
    </svg>
  );
}

/** The difference, its interval, the picture and the one plain verdict, with their sources. */
export function AnswerView({ answer }: { readonly answer: TrialAnswer }) {
  const { analysis, verdict } = answer;
  const { meanDifference, interval, completeBlocks } = analysis;
  return (
    <section class="trial-answer" aria-labelledby="trial-answer-title">
      <h2 id="trial-answer-title">{t('trial.answer.title')}</h2>
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
      <DifferencePicture answer={answer} />
      <p class="trial-verdict">
        <strong>
          {t('trial.verdict.label')} {t(`trial.verdict.${verdict}`)}
        </strong>
      </p>
      {verdict === 'cant-tell' && (
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

/** The stop rule's message: why it stopped, talk to a clinician, and the warning signs. */
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
