import { useMemo } from 'preact/hooks';
import { t } from '../../../i18n/i18n';
import type { ChartSeries } from '../../../domain/records/entry-stats';
import { LineChart, type ChartData } from '../../../shared/ui/line-chart';

/**
 * Pain and stiffness before and after, over time. The chart is a picture for sighted users; the
 * table view holds the same numbers as text. A long journal is drawn as averages of consecutive
 * sessions (chartSeries), and says so below.
 */
export function TrendChart({ series }: { series: ChartSeries }) {
  const data = useMemo<ChartData>(
    () => ({
      x: series.x,
      yMax: 10,
      tick: String,
      lines: [
        {
          label: t('journal.chart.painBefore'),
          color: 'warn',
          values: series.painBefore,
          dashed: true,
          thin: true,
        },
        { label: t('journal.chart.painAfter'), color: 'warn', values: series.painAfter },
        {
          label: t('journal.chart.stiffBefore'),
          color: 'accent',
          values: series.stiffnessBefore,
          dashed: true,
          thin: true,
        },
        { label: t('journal.chart.stiffAfter'), color: 'accent', values: series.stiffnessAfter },
      ],
    }),
    [series],
  );
  return (
    <>
      <LineChart data={data} label={t('journal.chart.label')} />
      {series.sessionsPerPoint > 1 && (
        <p class="quiet">{t('journal.chart.grouped', { count: series.sessionsPerPoint })}</p>
      )}
    </>
  );
}
