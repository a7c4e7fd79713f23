import { t } from '../../../i18n/i18n';
import { pointText } from '../../../i18n/point-text';
import { useSpots } from '../use-spots';
import { summariseSpots } from '../core/summary';
import { sideName } from './words';

/** History's lines about "your spot": how often it was found, and whether marks settle. */
export function SpotJournalLines() {
  const spots = useSpots();
  if (!spots.isLoaded.value) return null;
  const summaries = summariseSpots(spots.marks.value);
  if (summaries.length === 0) return null;
  return (
    <>
      <h2>{t('spots.journal.title')}</h2>
      <ul class="spot-journal">
        {summaries.map((summary) => (
          <li key={`${summary.pointId}-${summary.side}`}>
            {t('spots.journal.line', {
              point: pointText(summary.pointId).name,
              side: sideName(summary.pointId, summary.side),
              found: summary.found,
              answers: summary.answers,
            })}{' '}
            {t(`spots.journal.${summary.settling}`)}
          </li>
        ))}
      </ul>
    </>
  );
}
