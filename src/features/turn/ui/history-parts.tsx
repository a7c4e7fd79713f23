import { useMemo } from 'preact/hooks';
import { LineChart, type ChartData } from '../../../shared/ui/line-chart';
import { locale, t } from '../../../i18n/i18n';
import { reportCapDeg } from '../core/turn-test';
import { resultOf, turnSeries } from '../core/turn-record';
import { resultPlainText } from './turn-runner';
import { useTurnResults } from './use-turn-results';

/** A session's turn results in History, beside its ratings; nothing when it has none. */
export function TurnSessionLine({ sessionId }: { readonly sessionId: string }) {
  const turns = useTurnResults();
  if (!turns) return null;
  const { before, after } = turns.ofSession(sessionId);
  if (!before && !after) return null;
  const none = t('turn.history.none');
  return (
    <p>
      {t('turn.history.session', {
        before: before ? resultPlainText(resultOf(before)) : none,
        after: after ? resultPlainText(resultOf(after)) : none,
      })}
    </p>
  );
}

/** How many results there are, so that History offers the degrees chart only with two or more. */
export function useTurnResultCount(): number {
  return useTurnResults()?.results.value.length ?? 0;
}

/**
 * History's chart in degrees: every turn result over time, left and right (uPlot, as the
 * ratings chart). A picture for sighted users: the list under it says the same in words.
 */
export function TurnChart() {
  const turns = useTurnResults();
  const results = turns?.results.value ?? [];
  const data = useMemo<ChartData>(() => {
    const series = turnSeries(results);
    return {
      x: series.x,
      yMax: reportCapDeg,
      tick: (tick) => `${tick}°`,
      lines: [
        { label: t('turn.chart.left'), color: 'warn', values: series.left },
        { label: t('turn.chart.right'), color: 'accent', values: series.right, dashed: true },
      ],
    };
  }, [results]);
  if (results.length < 2) return <p class="quiet">{t('turn.chart.needsTwo')}</p>;
  const latest = [...results].reverse().slice(0, 5);
  const date = new Intl.DateTimeFormat(locale.value, { dateStyle: 'medium', timeStyle: 'short' });
  return (
    <>
      <LineChart data={data} label={t('turn.chart.label')} />
      <p class="quiet">{t('turn.chart.note', { cap: reportCapDeg })}</p>
      <h3>{t('turn.chart.latest')}</h3>
      <ul>
        {latest.map((record) => (
          <li key={record.id}>
            {t(
              record.moment === 'before'
                ? 'turn.chart.itemBefore'
                : record.moment === 'after'
                  ? 'turn.chart.itemAfter'
                  : 'turn.chart.item',
              { date: date.format(record.atEpochMs), result: resultPlainText(resultOf(record)) },
            )}
          </li>
        ))}
      </ul>
    </>
  );
}
