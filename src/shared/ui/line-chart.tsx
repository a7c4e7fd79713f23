import { useLayoutEffect, useRef } from 'preact/hooks';
import type uPlot from 'uplot';
import 'uplot/dist/uPlot.min.css';
import { loadChartCode } from './chart-code';

/** One line of a chart: its label in the legend, its colour (the theme's), dashed or thin. */
export interface ChartLine {
  readonly label: string;
  readonly color: 'accent' | 'warn';
  readonly values: readonly (number | null)[];
  readonly dashed?: boolean;
  readonly thin?: boolean;
}

/** What a chart draws: times (seconds since the epoch), its lines, and the y axis. */
export interface ChartData {
  readonly x: readonly number[];
  readonly lines: readonly ChartLine[];
  readonly yMax: number;
  readonly tick: (value: number) => string;
}

function cssVar(name: string, fallback: string): string {
  const value = getComputedStyle(document.documentElement).getPropertyValue(name).trim();
  return value || fallback;
}

const height = 260;

/** Draws the chart into `element` in the theme's colours, following its width; returns its end. */
function draw(UPlot: typeof uPlot, element: HTMLDivElement, data: ChartData): () => void {
  const colors = { accent: cssVar('--accent', '#0b6b5c'), warn: cssVar('--warn', '#8a3b00') };
  const text = cssVar('--text', '#1d232a');
  const grid = cssVar('--border', '#c9d0d6');
  const width = () => Math.max(280, element.clientWidth);
  const axis = { stroke: text, grid: { stroke: grid, width: 1 }, ticks: { stroke: grid } };
  const plot = new UPlot(
    {
      width: width(),
      height,
      scales: { y: { range: [0, data.yMax] } },
      axes: [axis, { ...axis, values: (_self, ticks) => ticks.map(data.tick) }],
      cursor: { show: true, drag: { x: false, y: false } },
      series: [
        {},
        ...data.lines.map((line) => ({
          label: line.label,
          stroke: colors[line.color],
          width: line.thin ? 2 : 3,
          ...(line.dashed ? { dash: [6, 4] } : {}),
          spanGaps: true,
        })),
      ],
    },
    [[...data.x], ...data.lines.map((line) => [...line.values])],
    element,
  );
  // A ResizeObserver reports the size once as it starts observing: that one, and any report of
  // the width drawn already, would only draw the same chart again.
  let drawnWidth = width();
  const observer = new ResizeObserver(() => {
    const next = width();
    if (next === drawnWidth) return;
    drawnWidth = next;
    plot.setSize({ width: next, height });
  });
  observer.observe(element);
  return () => {
    observer.disconnect();
    plot.destroy();
  };
}

/**
 * A line chart over time (uPlot, whose code loads with the first chart shown), redrawn when `data`
 * changes: pass the same object while nothing changed. A picture for sighted users, named by
 * `label`: the screen says the same in words or a table.
 */
export function LineChart({ data, label }: { readonly data: ChartData; readonly label: string }) {
  const host = useRef<HTMLDivElement>(null);
  /** Ends the chart drawn now, if any. */
  const drawn = useRef<(() => void) | null>(null);
  // A layout effect: when uPlot's code is there already (a screen that shows a chart loads it
  // with its code), the first chart is drawn before the screen's first paint, not a frame after
  // it. A new chart (new data) is drawn a task later, the old one shown meanwhile, so that it
  // does not lengthen the task that brought the data (an import of 20,000 sessions).
  useLayoutEffect(() => {
    const element = host.current;
    if (!element) return undefined;
    let isGone = false;
    let timer: ReturnType<typeof setTimeout> | undefined;
    // uPlot's code may fail to load (loadChartCode says when): the chart then stays empty,
    // instead of the whole screen failing.
    loadChartCode().then(
      (UPlot) => {
        if (isGone) return;
        const redraw = () => {
          drawn.current?.();
          drawn.current = draw(UPlot, element, data);
        };
        if (drawn.current) timer = setTimeout(redraw);
        else redraw();
      },
      () => {},
    );
    return () => {
      isGone = true;
      clearTimeout(timer);
    };
  }, [data]);
  useLayoutEffect(
    () => () => {
      drawn.current?.();
      drawn.current = null;
    },
    [],
  );
  return <div class="trend-chart" ref={host} role="img" aria-label={label} />;
}
