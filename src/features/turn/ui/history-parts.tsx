import { useEffect, useRef } from 'preact/hooks';
import type uPlot from 'uplot';
import 'uplot/dist/uPlot.min.css';
import { loadChartCode } from '../../../shared/ui/chart-code';
import { locale, t } from '../../../i18n/i18n';
import { reportCapDeg } from '../core/turn-test';
import { resultOf, turnSeries, type TurnSeries } from '../core/turn-record';
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

function cssVar(name: string, fallback: string): string {
  const value = getComputedStyle(document.documentElement).getPropertyValue(name).trim();
  return value || fallback;
}

/**
 * History's chart in degrees: every turn result over time, left and right (uPlot, as the
 * ratings chart). A picture for sighted users: the list under it says the same in words.
 */
export function TurnChart() {
  const turns = useTurnResults();
  const host = useRef<HTMLDivElement>(null);
  const results = turns?.results.value ?? [];
  useEffect(() => {
    const element = host.current;
    if (!element || results.length === 0) return undefined;
    let stop: (() => void) | null = null;
    let isGone = false;
    loadChartCode().then(
      (UPlot) => {
        if (!isGone) stop = draw(UPlot, element, turnSeries(results));
      },
      () => {},
    );
    return () => {
      isGone = true;
      stop?.();
    };
  }, [results]);
  if (results.length < 2) return <p class="quiet">{t('turn.chart.needsTwo')}</p>;
  const latest = [...results].reverse().slice(0, 5);
  const date = new Intl.DateTimeFormat(locale.value, { dateStyle: 'medium', timeStyle: 'short' });
  return (
    <>
      <div class="trend-chart" ref={host} role="img" aria-label={t('turn.chart.label')} />
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

function draw(UPlot: typeof uPlot, element: HTMLDivElement, series: TurnSeries): () => void {
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
      scales: { y: { range: [0, reportCapDeg] } },
      axes: [axis, { ...axis, values: (_self, ticks) => ticks.map((tick) => `${tick}°`) }],
      cursor: { show: true, drag: { x: false, y: false } },
      series: [
        {},
        { label: t('turn.chart.left'), stroke: warn, width: 3, spanGaps: true },
        { label: t('turn.chart.right'), stroke: accent, width: 3, dash: [6, 4], spanGaps: true },
      ],
    },
    [series.x, series.left, series.right],
    element,
  );
  const observer = new ResizeObserver(() => plot.setSize({ width: width(), height: 260 }));
  observer.observe(element);
  return () => {
    observer.disconnect();
    plot.destroy();
  };
}
