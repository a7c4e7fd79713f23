import { useEffect, useRef } from 'preact/hooks';
import type uPlot from 'uplot';
import 'uplot/dist/uPlot.min.css';
import { loadChartCode } from '../../../shared/ui/chart-code';
import { t } from '../../../i18n/i18n';
import type { ChartSeries } from '../../../domain/records/entry-stats';

function cssVar(name: string, fallback: string): string {
  const value = getComputedStyle(document.documentElement).getPropertyValue(name).trim();
  return value || fallback;
}

/**
 * Pain and stiffness before and after, over time (uPlot, loaded with this screen only). The
 * chart is a picture for sighted users; the table view holds the same numbers as text. A long
 * journal is drawn as averages of consecutive sessions (chartSeries), and says so below.
 */
export function TrendChart({ series }: { series: ChartSeries }) {
  const host = useRef<HTMLDivElement>(null);
  useEffect(() => {
    const element = host.current;
    if (!element) return undefined;
    let stop: (() => void) | null = null;
    let isGone = false;
    // uPlot's code may fail to load (loadChartCode says when): its failure leaves the chart empty
    // (the table view has the same numbers) instead of the whole History screen.
    loadChartCode().then(
      (UPlot) => {
        if (!isGone) stop = draw(UPlot, element, series);
      },
      () => {},
    );
    return () => {
      isGone = true;
      stop?.();
    };
  }, [series]);
  return (
    <>
      <div class="trend-chart" ref={host} role="img" aria-label={t('journal.chart.label')} />
      {series.sessionsPerPoint > 1 && (
        <p class="quiet">{t('journal.chart.grouped', { count: series.sessionsPerPoint })}</p>
      )}
    </>
  );
}

/** Draws the chart into `element`; returns what removes it. */
function draw(UPlot: typeof uPlot, element: HTMLDivElement, series: ChartSeries): () => void {
  const accent = cssVar('--accent', '#0b6b5c');
  const warn = cssVar('--warn', '#8a3b00');
  const text = cssVar('--text', '#1d232a');
  const grid = cssVar('--border', '#c9d0d6');
  const width = () => Math.max(280, element.clientWidth);
  const axis = { stroke: text, grid: { stroke: grid, width: 1 }, ticks: { stroke: grid } };
  const plot = new UPlot(
    {
      width: width(),
      height: 260,
      scales: { y: { range: [0, 10] } },
      axes: [axis, { ...axis, values: (_self, ticks) => ticks.map(String) }],
      cursor: { show: true, drag: { x: false, y: false } },
      series: [
        {},
        {
          label: t('journal.chart.painBefore'),
          stroke: warn,
          width: 2,
          dash: [6, 4],
          spanGaps: true,
        },
        { label: t('journal.chart.painAfter'), stroke: warn, width: 3, spanGaps: true },
        {
          label: t('journal.chart.stiffBefore'),
          stroke: accent,
          width: 2,
          dash: [6, 4],
          spanGaps: true,
        },
        { label: t('journal.chart.stiffAfter'), stroke: accent, width: 3, spanGaps: true },
      ],
    },
    [series.x, series.painBefore, series.painAfter, series.stiffnessBefore, series.stiffnessAfter],
    element,
  );
  const observer = new ResizeObserver(() => plot.setSize({ width: width(), height: 260 }));
  observer.observe(element);
  return () => {
    observer.disconnect();
    plot.destroy();
  };
}
